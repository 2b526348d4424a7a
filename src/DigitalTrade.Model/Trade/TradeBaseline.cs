using System.Collections.Immutable;
using DigitalTrade.Model.Calibration;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Equilibrium.MultiSector;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.State;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Trade;

/// <summary>
/// The world every round of a run is solved against (docs/model.md, "The equilibrium"): the multi-sector
/// equilibrium's baseline at round 0's tariffs over the regions (the scenario's countries in canonical order, then
/// the rest of the world when the scenario has observed data), and what each round's shock is measured from: every
/// route's non-tax trade cost, every member's GDP and sector capacities at round 0. A pure function of the
/// scenario, so every engine and every reactivated grain rebuilds the same one.
/// </summary>
public sealed class TradeBaseline
{
    private TradeBaseline(
        MultiSectorBaseline equilibrium,
        ImmutableArray<string> regions,
        int members,
        ImmutableArray<double[,]> logCost,
        ImmutableArray<double[]> capacity,
        double[] gdp,
        int roundDays,
        bool observed)
    {
        Equilibrium = equilibrium;
        Regions = regions;
        Members = members;
        LogCost = logCost;
        Capacity = capacity;
        Gdp = gdp;
        RoundDays = roundDays;
        IsObserved = observed;
    }

    /// <summary>The equilibrium's baseline: flows at buyer's prices and tariffs, per sector and channel.</summary>
    public MultiSectorBaseline Equilibrium { get; }

    /// <summary>The regions: the members in canonical order, then <c>ROW</c> when the run has it.</summary>
    public ImmutableArray<string> Regions { get; }

    /// <summary>The number of member states (the first regions).</summary>
    public int Members { get; }

    /// <summary>True when the rest of the world is the last region.</summary>
    public bool HasRestOfWorld => Regions.Length > Members;

    /// <summary>True when the flows are observed data; false when gravity-filled from the trade costs.</summary>
    public bool IsObserved { get; }

    /// <summary>ln T⁰_ij of every sector's route without taxes, members × members.</summary>
    public ImmutableArray<double[,]> LogCost { get; }

    /// <summary>Q⁰_i^k, each member's capacity in each sector at round 0, per sector.</summary>
    public ImmutableArray<double[]> Capacity { get; }

    /// <summary>GDP at round 0 per region, USD bn: the members' states, the rest of the world's observed GDP.</summary>
    public double[] Gdp { get; }

    /// <summary>Days per round, for the rest of the world's trend growth.</summary>
    public int RoundDays { get; }

    /// <summary>The baseline of a scenario: its round-0 states, network, agreements and observed data, before any event.</summary>
    public static TradeBaseline ForScenario(WorldGeometry world, ScenarioDefinition scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var context = RunSetup.CostContextAt(world, scenario, 0, RunSetup.InitialNetwork(scenario), scenario.Agreements);
        return Create(world, RunSetup.InitialStates(scenario), scenario.Parameters, context, scenario.Observed, scenario.RoundDays);
    }

    /// <summary>A gravity-filled baseline at the given states, without network or agreements (for tests and experiments).</summary>
    public static TradeBaseline Create(WorldGeometry world, IReadOnlyList<CountryState> states, ModelParameters parameters) =>
        Create(world, states, parameters, CostContext.Neutral, null, 365);

    /// <summary>The baseline at the given states and cost context, on observed flows when given.</summary>
    public static TradeBaseline Create(
        WorldGeometry world, IReadOnlyList<CountryState> states, ModelParameters parameters, CostContext context, ObservedTrade? observed, int roundDays)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(context);
        var n = world.Count;
        var logCost = TradeCosts.BuildAll(world, states, parameters, context, withTaxes: false)
            .Select(t => Log(t)).ToImmutableArray();
        var capacity = Sectors.All.Select(s => states.Select(c => c.Endowment[(int)s]).ToArray()).ToImmutableArray();
        var spec = Spec(parameters);
        if (observed is null)
        {
            var taxes = TradeTaxes.Build(world, states, context.Round, restOfWorld: false, parameters.Equilibrium);
            var equilibrium = GravityFilled(world, states, parameters, context, taxes, spec);
            return new TradeBaseline(
                equilibrium, world.Iso3, n, logCost, capacity, [.. states.Select(s => s.Gdp)], roundDays, observed: false);
        }

        var regions = world.Iso3.Append(RestOfWorld.Code).ToImmutableArray();
        var order = regions.Select(code => observed.Regions.IndexOf(code)).ToArray();
        if (observed.Regions.Length != regions.Length || order.Any(k => k < 0))
        {
            throw new ArgumentException(
                $"the observed data's regions ({string.Join(' ', observed.Regions)}) are not the scenario's countries and ROW", nameof(observed));
        }

        var rates = TradeTaxes.Build(world, states, context.Round, restOfWorld: true, parameters.Equilibrium);
        var fob = new[] { BaselineSector.Goods, BaselineSector.Digital, BaselineSector.OtherServices }
            .Select(s => Reorder(observed.Matrix(s), order)).ToArray();
        var baseline = ObservedEquilibriumBaseline.Create(
            fob[0], fob[1], fob[2],
            new RouteTariffs(rates[(int)Sector.Goods], rates[(int)Sector.Ecommerce], rates[(int)Sector.Digital]),
            spec);
        var gdp = states.Select(s => s.Gdp).Append(observed.GdpUsdBn[order[n]]).ToArray();
        return new TradeBaseline(baseline, regions, n, logCost, capacity, gdp, roundDays, observed: true);
    }

    /// <summary>The equilibrium's sectors from the parameters.</summary>
    public static EquilibriumSectorSpec Spec(ModelParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var theta = parameters.Theta;
        var e = parameters.Equilibrium;
        return new EquilibriumSectorSpec(theta.Goods, theta.Digital, theta.OtherServices, e.EcommerceShare, e.ChannelElasticity);
    }

    /// <summary>
    /// A world without observed flows: each sector's flows are the conditional equilibrium of its trade costs
    /// (tariffs included) with output and spending its round-0 capacity (Anderson and van Wincoop 2003), so trade is
    /// balanced; the e-commerce capacity gives the e-commerce channel of goods, whose domestic sales join the
    /// conventional channel's.
    /// </summary>
    private static MultiSectorBaseline GravityFilled(
        WorldGeometry world, IReadOnlyList<CountryState> states, ModelParameters parameters, CostContext context, double[][,] taxes, EquilibriumSectorSpec spec)
    {
        var n = world.Count;
        var taxed = TradeCosts.BuildAll(world, states, parameters, context, withTaxes: true);
        var reference = world.IndexOf(parameters.ReferenceCountry);
        var fob = new double[Sectors.Count][,];
        foreach (var sector in Sectors.All)
        {
            var k = (int)sector;
            var output = states.Select(s => s.Endowment[k]).ToArray();
            fob[k] = output.Sum() == 0.0
                ? new double[n, n]
                : ConditionalEquilibrium.Solve(taxed[k], output, (double[])output.Clone(), reference, parameters.Solver).Flows;
        }

        var conventional = new double[n, n];
        var ecommerce = new double[n, n];
        var digital = new double[n, n];
        var other = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i == j)
                {
                    conventional[i, i] = fob[(int)Sector.Goods][i, i] + fob[(int)Sector.Ecommerce][i, i];
                    digital[i, i] = fob[(int)Sector.Digital][i, i];
                }
                else
                {
                    conventional[i, j] = fob[(int)Sector.Goods][i, j] * (1.0 + taxes[(int)Sector.Goods][i, j]);
                    ecommerce[i, j] = fob[(int)Sector.Ecommerce][i, j] * (1.0 + taxes[(int)Sector.Ecommerce][i, j]);
                    digital[i, j] = fob[(int)Sector.Digital][i, j] * (1.0 + taxes[(int)Sector.Digital][i, j]);
                }

                other[i, j] = fob[(int)Sector.OtherServices][i, j];
            }
        }

        return MultiSectorBaseline.Create(
            ObservedEquilibriumBaseline.Sectors(spec),
            [[conventional, ecommerce], [digital], [other]],
            [[taxes[(int)Sector.Goods], taxes[(int)Sector.Ecommerce]], [taxes[(int)Sector.Digital]], [new double[n, n]]]);
    }

    private static double[,] Log(double[,] t)
    {
        var n = t.GetLength(0);
        var log = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                log[i, j] = Math.Log(t[i, j]);
            }
        }

        return log;
    }

    private static double[,] Reorder(double[,] m, int[] order)
    {
        var r = order.Length;
        var x = new double[r, r];
        for (var i = 0; i < r; i++)
        {
            for (var j = 0; j < r; j++)
            {
                x[i, j] = m[order[i], order[j]];
            }
        }

        return x;
    }
}
