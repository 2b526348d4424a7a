using System.Collections.Immutable;
using DigitalTrade.Model.Equilibrium;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.State;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Trade;

/// <summary>
/// Phase 4 of a round (DESIGN §4): trade costs from the current state of every pair, then per sector
/// the exact full-endowment equilibrium (gravity-methods §5.3) against the run's round-0 baseline:
/// the change in trade costs τ = T / T⁰ and in endowments Q̂ = Q / Q⁰ move factory-gate prices until
/// every market clears. One pure computation over all countries.
/// </summary>
public static class TradePhase
{
    /// <summary>Solves every sector at the states, taking the states themselves as the baseline (prices 1).</summary>
    public static TradeOutcome Solve(WorldGeometry world, IReadOnlyList<CountryState> states, ModelParameters parameters)
    {
        CheckOrder(world, states);
        return Solve(world, states, parameters, TradeBaseline.Create(world, states, parameters));
    }

    /// <summary>Solves every sector against the run's baseline, without network or agreements.</summary>
    public static TradeOutcome Solve(WorldGeometry world, IReadOnlyList<CountryState> states, ModelParameters parameters, TradeBaseline baseline) =>
        Solve(world, states, parameters, baseline, CostContext.Neutral);

    /// <summary>Solves every sector against the run's baseline, with the round's network and agreements.</summary>
    public static TradeOutcome Solve(
        WorldGeometry world, IReadOnlyList<CountryState> states, ModelParameters parameters, TradeBaseline baseline, CostContext context)
    {
        CheckOrder(world, states);
        var all = TradeCosts.BuildAll(world, states, parameters, context);
        var n = world.Count;
        var reference = world.IndexOf(parameters.ReferenceCountry);
        var solver = new SolverParameters { Tolerance = parameters.Solver.Tolerance, MaxIterations = parameters.Solver.MaxIterations };
        var sectors = ImmutableArray.CreateBuilder<SectorOutcome>(Sectors.Count);
        var costs = ImmutableArray.CreateBuilder<double[,]>(Sectors.Count);
        foreach (var sector in Sectors.All)
        {
            var t = all[(int)sector];
            sectors.Add(SolveSector(states, parameters, baseline, sector, t, reference, solver));
            costs.Add(t);
        }

        var solved = sectors.MoveToImmutable();
        var countries = Enumerable.Range(0, n).Select(i => CountryResult(i, states[i], solved)).ToImmutableArray();
        return new TradeOutcome(solved, costs.MoveToImmutable(), countries);
    }

    private static void CheckOrder(WorldGeometry world, IReadOnlyList<CountryState> states)
    {
        var n = world.Count;
        if (states.Count != n)
        {
            throw new ArgumentException($"expected {n} country states, got {states.Count}", nameof(states));
        }

        for (var i = 0; i < n; i++)
        {
            if (states[i].Iso3 != world.Iso3[i])
            {
                throw new ArgumentException($"state {i} is {states[i].Iso3}, expected {world.Iso3[i]}: states must be in canonical order", nameof(states));
            }
        }

    }

    private static SectorOutcome SolveSector(
        IReadOnlyList<CountryState> states, ModelParameters parameters, TradeBaseline baseline, Sector sector, double[,] t, int reference, SolverParameters solver)
    {
        var k = (int)sector;
        var n = states.Count;
        if (baseline.Endowment[k].Sum() == 0.0)
        {
            // Nobody produces the sector: no trade, prices and indexes stay at 1.
            var ones = Enumerable.Repeat(1.0, n).ToArray();
            return new SectorOutcome(new double[n, n], ones, new double[n], new double[n], ones, ones, ones, 0, 0.0);
        }

        var tau = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                tau[i, j] = t[i, j] / baseline.TradeCost[k][i, j];
            }
        }

        var endowmentChange = Enumerable.Range(0, n).Select(i => states[i].Endowment[k] / baseline.Endowment[k][i]).ToArray();
        var full = FullEndowmentEquilibrium.Solve(baseline.Flows[k], tau, parameters.Theta[sector] + 1.0, reference, solver, endowmentChange);
        var priceIndex = Enumerable.Range(0, n).Select(j => baseline.PriceIndex[k][j] * full.InwardResistanceIndex[j]).ToArray();
        priceIndex[reference] = 1.0; // the numeraire, exactly
        return new SectorOutcome(
            full.Flows, full.PriceChange, full.Output, full.Expenditure, priceIndex,
            full.InwardResistanceIndex, full.OutwardResistanceIndex, full.Iterations, full.MaxResidual);
    }

    private static CountryTradeResult CountryResult(int i, CountryState state, ImmutableArray<SectorOutcome> sectors)
    {
        var n = sectors[0].Flows.GetLength(0);
        var exports = new double[Sectors.Count];
        var imports = new double[Sectors.Count];
        var realIncome = state.OtherOutput;
        foreach (var sector in Sectors.All)
        {
            var k = (int)sector;
            var flows = sectors[k].Flows;
            for (var j = 0; j < n; j++)
            {
                if (j != i)
                {
                    exports[k] += flows[i, j];
                    imports[k] += flows[j, i];
                }
            }

            realIncome += sectors[k].Expenditure[i] / sectors[k].PriceIndexChange[i];
        }

        return new CountryTradeResult(
            state.Iso3,
            [.. sectors.Select(s => s.Output[i])],
            [.. sectors.Select(s => s.Expenditure[i])],
            [.. exports],
            [.. imports],
            [.. sectors.Select(s => s.PriceIndex[i])],
            realIncome);
    }
}
