using System.Collections.Immutable;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.State;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Trade;

/// <summary>
/// Phase 4 of a round (DESIGN §4): trade costs from the current state of every pair, then the
/// structural-gravity equilibrium of each sector. One pure computation over all countries.
/// </summary>
public static class TradePhase
{
    /// <summary>
    /// Solves every sector with outputs equal to endowments and expenditure equal to output
    /// (φ = 1: the SCO data has no bilateral trade to calibrate imbalances on).
    /// </summary>
    public static TradeOutcome Solve(WorldGeometry world, IReadOnlyList<CountryState> states, ModelParameters parameters)
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

        var reference = world.IndexOf(parameters.ReferenceCountry);
        var equilibria = ImmutableArray.CreateBuilder<SectorEquilibrium>(Sectors.Count);
        var costs = ImmutableArray.CreateBuilder<double[,]>(Sectors.Count);
        foreach (var sector in Sectors.All)
        {
            var t = TradeCosts.Build(world, states, sector, parameters);
            var output = states.Select(s => s.Endowment[(int)sector]).ToArray();
            equilibria.Add(ConditionalEquilibrium.Solve(t, output, (double[])output.Clone(), reference, parameters.Solver));
            costs.Add(t);
        }

        var sectors = equilibria.MoveToImmutable();
        var countries = Enumerable.Range(0, n)
            .Select(i => CountryResult(i, states[i], sectors, parameters))
            .ToImmutableArray();
        return new TradeOutcome(sectors, costs.MoveToImmutable(), countries);
    }

    private static CountryTradeResult CountryResult(int i, CountryState state, ImmutableArray<SectorEquilibrium> sectors, ModelParameters parameters)
    {
        var n = sectors[0].Flows.GetLength(0);
        var exports = new double[Sectors.Count];
        var imports = new double[Sectors.Count];
        var prices = new double[Sectors.Count];
        var logPrice = 0.0;
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

            var theta = parameters.Theta[sector];
            prices[k] = Math.Pow(sectors[k].InwardResistance[i], -1.0 / theta);
            logPrice += parameters.OutputShare[sector] * Math.Log(prices[k]);
        }

        return new CountryTradeResult(
            state.Iso3,
            [.. exports],
            [.. imports],
            [.. prices],
            state.Gdp / Math.Exp(logPrice));
    }
}
