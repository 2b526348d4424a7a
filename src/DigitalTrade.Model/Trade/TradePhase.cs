using System.Collections.Immutable;
using DigitalTrade.Model.Equilibrium.MultiSector;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.State;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Trade;

/// <summary>
/// Phase 4 of a round: one multi-sector general equilibrium (docs/model.md, "The equilibrium") against the run's
/// baseline. The round's shock is the change of every route's non-tax trade cost d̂ = (T / T⁰)^(−1/θ), the round's
/// tariffs, surcharges and duties as taxes, each member's factor endowment L̂ = GDP / GDP⁰ and its sector
/// productivities Â^k = Q̂^k / L̂; the rest of the world keeps its costs and policy and grows with its trend.
/// One pure computation over all regions.
/// </summary>
public static class TradePhase
{
    /// <summary>Solves at the states, taking them as the (gravity-filled) baseline: round 0 of a world without data.</summary>
    public static TradeOutcome Solve(WorldGeometry world, IReadOnlyList<CountryState> states, ModelParameters parameters)
    {
        CheckOrder(world, states);
        return Solve(world, states, parameters, TradeBaseline.Create(world, states, parameters));
    }

    /// <summary>Solves against the run's baseline, without network or agreements.</summary>
    public static TradeOutcome Solve(WorldGeometry world, IReadOnlyList<CountryState> states, ModelParameters parameters, TradeBaseline baseline) =>
        Solve(world, states, parameters, baseline, CostContext.Neutral);

    /// <summary>Solves against the run's baseline, with the round's network and agreements.</summary>
    public static TradeOutcome Solve(
        WorldGeometry world, IReadOnlyList<CountryState> states, ModelParameters parameters, TradeBaseline baseline, CostContext context)
    {
        CheckOrder(world, states);
        ArgumentNullException.ThrowIfNull(baseline);
        if (baseline.Members != world.Count)
        {
            throw new ArgumentException($"the baseline has {baseline.Members} members, the world {world.Count}", nameof(baseline));
        }

        var costs = TradeCosts.BuildAll(world, states, parameters, context, withTaxes: false);
        var taxes = TradeTaxes.Build(world, states, context.Round, baseline.HasRestOfWorld, parameters.Equilibrium);
        var change = new double[Sectors.Count][,];
        foreach (var sector in Sectors.All)
        {
            var k = (int)sector;
            change[k] = CostChange(baseline, costs[k], baseline.LogCost[k], EquilibriumTheta(parameters, sector));
        }

        var (endowment, productivity) = Capacities(states, baseline, context.Round, parameters.Equilibrium);
        var shock = new MultiSectorShock
        {
            CostChange = Routes(change),
            Tariffs = Routes(taxes),
            EndowmentChange = endowment,
            ProductivityChange = productivity,
            Closure = parameters.Equilibrium.Imbalances,
        };
        var result = MultiSectorEquilibrium.Solve(baseline.Equilibrium, shock, parameters.Solver);
        return Assemble(baseline, result, productivity, costs);
    }

    /// <summary>θ of the equilibrium sector a row belongs to: both channels of goods take the goods value.</summary>
    public static double EquilibriumTheta(ModelParameters parameters, Sector sector) => sector switch
    {
        Sector.Goods or Sector.Ecommerce => parameters.Theta.Goods,
        Sector.Digital => parameters.Theta.Digital,
        _ => parameters.Theta.OtherServices,
    };

    /// <summary>The equilibrium sector and channel of a row: goods (conventional, e-commerce), digital, other services.</summary>
    public static (int Sector, int Channel) Route(Sector sector) => sector switch
    {
        Sector.Goods => (0, 0),
        Sector.Ecommerce => (0, 1),
        Sector.Digital => (1, 0),
        _ => (2, 0),
    };

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

    /// <summary>d̂_ij = exp(−(ln T_ij − ln T⁰_ij) / θ) among members; routes of the rest of the world keep their costs.</summary>
    private static double[,] CostChange(TradeBaseline baseline, double[,] cost, double[,] logCost0, double theta)
    {
        var n = baseline.Members;
        var r = baseline.Regions.Length;
        var change = new double[r, r];
        for (var i = 0; i < r; i++)
        {
            for (var j = 0; j < r; j++)
            {
                change[i, j] = i < n && j < n && i != j ? Math.Exp(-(Math.Log(cost[i, j]) - logCost0[i, j]) / theta) : 1.0;
            }
        }

        return change;
    }

    /// <summary>
    /// L̂_i = GDP_i / GDP⁰_i and Â_i^k = Q̂_i^k / L̂_i for members (goods capacity counts both channels' capacities);
    /// the rest of the world grows at its trend with unchanged productivity.
    /// </summary>
    private static (double[] Endowment, double[,] Productivity) Capacities(
        IReadOnlyList<CountryState> states, TradeBaseline baseline, int round, EquilibriumParameters parameters)
    {
        var n = baseline.Members;
        var r = baseline.Regions.Length;
        var endowment = new double[r];
        var productivity = new double[r, 3];
        for (var i = 0; i < n; i++)
        {
            var state = states[i];
            var l = state.Gdp / baseline.Gdp[i];
            endowment[i] = l;
            var q0 = baseline.Capacity;
            productivity[i, 0] = Ratio(
                state.Endowment[(int)Sector.Goods] + state.Endowment[(int)Sector.Ecommerce],
                q0[(int)Sector.Goods][i] + q0[(int)Sector.Ecommerce][i]) / l;
            productivity[i, 1] = Ratio(state.Endowment[(int)Sector.Digital], q0[(int)Sector.Digital][i]) / l;
            productivity[i, 2] = Ratio(state.Endowment[(int)Sector.OtherServices], q0[(int)Sector.OtherServices][i]) / l;
        }

        for (var i = n; i < r; i++)
        {
            endowment[i] = Math.Pow(1.0 + parameters.RestOfWorldGrowth, round * baseline.RoundDays / 365.0);
            productivity[i, 0] = productivity[i, 1] = productivity[i, 2] = 1.0;
        }

        return (endowment, productivity);
    }

    private static double Ratio(double now, double then) => then > 0.0 ? now / then : 1.0;

    private static double[][][,] Routes(double[][,] rows) =>
    [
        [rows[(int)Sector.Goods], rows[(int)Sector.Ecommerce]],
        [rows[(int)Sector.Digital]],
        [rows[(int)Sector.OtherServices]],
    ];

    private static TradeOutcome Assemble(TradeBaseline baseline, MultiSectorResult result, double[,] productivity, ImmutableArray<double[,]> costs)
    {
        var r = baseline.Regions.Length;
        var sectors = ImmutableArray.CreateBuilder<SectorOutcome>(Sectors.Count);
        foreach (var sector in Sectors.All)
        {
            var (s, c) = Route(sector);
            var buyer = result.RouteFlows[s][c];
            var rate = result.Tariffs[s][c];
            var flows = new double[r, r];
            var output = new double[r];
            var expenditure = new double[r];
            var revenue = new double[r];
            var factory = new double[r];
            var price = new double[r];
            for (var i = 0; i < r; i++)
            {
                factory[i] = result.WageChange[i] / productivity[i, s];
                price[i] = result.SectorPriceChange[i, s];
                for (var j = 0; j < r; j++)
                {
                    var t = i == j ? 0.0 : rate[i, j];
                    var x = buyer[i, j] / (1.0 + t);
                    flows[i, j] = x;
                    output[i] += x;
                    expenditure[j] += buyer[i, j];
                    revenue[j] += x * t;
                }
            }

            sectors.Add(new SectorOutcome(flows, rate, factory, output, expenditure, price, revenue, result.Iterations, result.MaxExcessDemand));
        }

        var solved = sectors.MoveToImmutable();
        var equilibrium = baseline.Equilibrium;
        var countries = ImmutableArray.CreateBuilder<CountryTradeResult>(r);
        for (var i = 0; i < r; i++)
        {
            var exports = new double[Sectors.Count];
            var imports = new double[Sectors.Count];
            foreach (var sector in Sectors.All)
            {
                var k = (int)sector;
                var flows = solved[k].Flows;
                for (var j = 0; j < r; j++)
                {
                    if (j != i)
                    {
                        exports[k] += flows[i, j];
                        imports[k] += flows[j, i];
                    }
                }
            }

            var income = (result.FactorIncome[i] + result.Revenue[i]) / (equilibrium.FactorIncome[i] + equilibrium.Revenue[i]);
            var gdp = baseline.Gdp[i] * income;
            var tariffs = solved[(int)Sector.Goods].Revenue[i] + solved[(int)Sector.Ecommerce].Revenue[i];
            countries.Add(new CountryTradeResult(
                baseline.Regions[i],
                [.. solved.Select(o => o.Output[i])],
                [.. solved.Select(o => o.Expenditure[i])],
                [.. exports],
                [.. imports],
                [.. solved.Select(o => o.PriceIndex[i])],
                gdp / result.PriceChange[i],
                gdp,
                result.PriceChange[i],
                tariffs,
                solved[(int)Sector.Digital].Revenue[i],
                baseline.Gdp[i]));
        }

        return new TradeOutcome(baseline.Regions, solved, costs, countries.MoveToImmutable());
    }
}
