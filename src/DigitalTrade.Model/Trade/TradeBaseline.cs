using System.Collections.Immutable;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.State;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Trade;

/// <summary>
/// The equilibrium every round of a run is solved against: per sector, the trade costs, endowments
/// and flows of round 0 (the conditional equilibrium at factory-gate prices of 1, which is also the
/// full-endowment equilibrium there) and its price indexes. A pure function of the scenario, so
/// every engine and every reactivated grain rebuilds the same one.
/// </summary>
public sealed record TradeBaseline(
    ImmutableArray<double[,]> Flows,
    ImmutableArray<double[,]> TradeCost,
    ImmutableArray<double[]> Endowment,
    ImmutableArray<double[]> PriceIndex)
{
    /// <summary>The baseline at the given states (round 0's, for a run).</summary>
    public static TradeBaseline Create(WorldGeometry world, IReadOnlyList<CountryState> states, ModelParameters parameters) =>
        Create(world, states, parameters, CostContext.Neutral);

    /// <summary>The baseline at the given states, network and agreements (round 0's, for a run).</summary>
    public static TradeBaseline Create(WorldGeometry world, IReadOnlyList<CountryState> states, ModelParameters parameters, CostContext context)
    {
        var all = TradeCosts.BuildAll(world, states, parameters, context);
        var reference = world.IndexOf(parameters.ReferenceCountry);
        var flows = ImmutableArray.CreateBuilder<double[,]>(Sectors.Count);
        var costs = ImmutableArray.CreateBuilder<double[,]>(Sectors.Count);
        var endowments = ImmutableArray.CreateBuilder<double[]>(Sectors.Count);
        var prices = ImmutableArray.CreateBuilder<double[]>(Sectors.Count);
        foreach (var sector in Sectors.All)
        {
            var t = all[(int)sector];
            var output = states.Select(s => s.Endowment[(int)sector]).ToArray();
            var equilibrium = ConditionalEquilibrium.Solve(t, output, (double[])output.Clone(), reference, parameters.Solver);
            flows.Add(equilibrium.Flows);
            costs.Add(t);
            endowments.Add(output);
            prices.Add([.. equilibrium.InwardResistance.Select(p => Math.Pow(p, -1.0 / parameters.Theta[sector]))]);
        }

        return new TradeBaseline(flows.MoveToImmutable(), costs.MoveToImmutable(), endowments.MoveToImmutable(), prices.MoveToImmutable());
    }

    /// <summary>The baseline of a scenario: its round-0 states, network and agreements, before any event.</summary>
    public static TradeBaseline ForScenario(WorldGeometry world, ScenarioDefinition scenario) =>
        Create(world, RunSetup.InitialStates(scenario), scenario.Parameters, RunSetup.CostContextAt(world, scenario, 0, RunSetup.InitialNetwork(scenario), scenario.Agreements));
}
