using DigitalTrade.Model.Equilibrium;
using DigitalTrade.Model.Equilibrium.MultiSector;
using DigitalTrade.Model.Parameters;

namespace DigitalTrade.Model.Tests.Equilibrium;

/// <summary>
/// The multi-sector equilibrium with tariffs as taxes and nested channels: known results (ge_gravity in one
/// sector, the optimal-tariff argument, frictionless trade) and invariances (zero shock, scale, accounting,
/// channel aggregation).
/// </summary>
public sealed class MultiSectorEquilibriumTests
{
    private const double Theta = SmallEconomy.Sigma - 1.0;
    private static readonly SolverParameters Tight = new() { Tolerance = 1e-13, MaxIterations = 10_000 };
    private static readonly SectorSpec OneChannel = new("goods", Theta, 2.0, ["all"]);

    [Theory]
    [InlineData(ImbalanceClosure.Additive)]
    [InlineData(ImbalanceClosure.Multiplicative)]
    public void A_zero_shock_leaves_the_baseline_as_it_is(ImbalanceClosure closure)
    {
        var baseline = ThreeSectors();

        var r = MultiSectorEquilibrium.Solve(baseline, new MultiSectorShock { Closure = closure });

        for (var j = 0; j < baseline.Countries; j++)
        {
            SmallEconomy.Near(1.0, r.WageChange[j], 1e-12, $"ŵ[{j}]");
            SmallEconomy.Near(1.0, r.Welfare[j], 1e-12, $"welfare[{j}]");
            SmallEconomy.Near(baseline.Revenue[j], r.Revenue[j], 1e-12, $"R[{j}]");
        }

        ForEachRoute(baseline, (k, c, i, j) => SmallEconomy.Near(baseline.RouteFlows[k][c][i, j], r.RouteFlows[k][c][i, j], 1e-12, $"X[{k}][{c}][{i},{j}]"));
    }

    [Theory]
    [InlineData(ImbalanceClosure.Additive)]
    [InlineData(ImbalanceClosure.Multiplicative)]
    public void One_sector_without_tariffs_is_ge_gravity(ImbalanceClosure closure)
    {
        var baseline = MultiSectorBaseline.Create([OneChannel], [[SmallEconomy.Flows]], [[Zeros(4)]]);
        var partial = SmallEconomy.Shock; // B_ij = d̂_ij^(−θ)
        var cost = Map(partial, b => Math.Pow(b, -1.0 / Theta));

        var r = MultiSectorEquilibrium.Solve(baseline, new MultiSectorShock { CostChange = [[cost]], Closure = closure }, Tight);
        var g = GeGravity.Solve(SmallEconomy.Flows, partial, Theta, closure, new SolverParameters { Tolerance = 1e-14, MaxIterations = 1_000_000 });

        for (var j = 0; j < 4; j++)
        {
            SmallEconomy.Near(g.NominalWage[j], r.WageChange[j], 1e-9, $"ŵ[{j}]");
            SmallEconomy.Near(g.PriceIndex[j], r.PriceChange[j], 1e-9, $"P̂[{j}]");
            SmallEconomy.Near(g.RealWage[j], r.RealWage[j], 1e-9, $"real wage[{j}]");
            if (closure == ImbalanceClosure.Additive)
            {
                SmallEconomy.Near(g.Welfare[j], r.Welfare[j], 1e-9, $"welfare[{j}]");
            }
        }
    }

    [Fact]
    public void A_small_tariff_by_a_large_economy_raises_its_real_income_in_a_two_country_world()
    {
        // Country 0 is ten times country 1; symmetric preferences, balanced trade, no tariffs at first.
        var flows = new double[,] { { 900.0, 100.0 }, { 100.0, 10.0 } };
        var baseline = MultiSectorBaseline.Create([OneChannel], [[flows]], [[Zeros(2)]]);
        var tariff = Zeros(2);
        tariff[1, 0] = 0.05; // the large country taxes its imports from the small one

        var r = MultiSectorEquilibrium.Solve(baseline, new MultiSectorShock { Tariffs = [[tariff]] }, Tight);

        Assert.True(r.Welfare[0] > 1.0, $"the large country's real income changed by {r.Welfare[0] - 1:P4}");
        Assert.True(r.Welfare[1] < 1.0, $"the small country's real income changed by {r.Welfare[1] - 1:P4}");
        Assert.True(r.Revenue[0] > 0, "the tariff raises revenue for the country that levies it");
        Assert.Equal(0.0, r.Revenue[1]);
        Assert.True(r.WageChange[0] > r.WageChange[1], "the terms of trade move towards the large country");
    }

    [Fact]
    public void Removing_every_friction_gives_frictionless_trade()
    {
        // A frictionless world (every importer buys the same shares) is given frictions, then they are removed.
        var frictionless = new double[,] { { 50.0, 50.0, 50.0 }, { 30.0, 30.0, 30.0 }, { 20.0, 20.0, 20.0 } };
        var free = MultiSectorBaseline.Create([OneChannel], [[frictionless]], [[Zeros(3)]]);
        var friction = new double[,] { { 1.0, 1.4, 1.9 }, { 1.3, 1.0, 1.6 }, { 2.1, 1.5, 1.0 } };
        var tariffs = new double[,] { { 0.0, 0.1, 0.2 }, { 0.05, 0.0, 0.15 }, { 0.3, 0.1, 0.0 } };
        var rough = MultiSectorEquilibrium.Solve(free, new MultiSectorShock { CostChange = [[friction]], Tariffs = [[tariffs]] }, Tight);
        var frictional = MultiSectorBaseline.Create([OneChannel], rough.RouteFlows, rough.Tariffs);

        var r = MultiSectorEquilibrium.Solve(
            frictional, new MultiSectorShock { CostChange = [[Map(friction, x => 1.0 / x)]], Tariffs = [[Zeros(3)]] }, Tight);

        var x = r.SectorFlows(0);
        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                SmallEconomy.Near(frictionless[i, j], x[i, j], 1e-9, $"X'[{i},{j}]");
            }
        }
    }

    [Theory]
    [InlineData(ImbalanceClosure.Additive)]
    [InlineData(ImbalanceClosure.Multiplicative)]
    public void Every_market_clears_and_income_is_factor_income_plus_revenue_plus_the_deficit(ImbalanceClosure closure)
    {
        var baseline = ThreeSectors();

        var r = MultiSectorEquilibrium.Solve(baseline, MixedShock(baseline, closure), Tight);

        var sales = new double[baseline.Countries];
        var revenue = new double[baseline.Countries];
        var spending = new double[baseline.Countries];
        ForEachRoute(baseline, (k, c, i, j) =>
        {
            var x = r.RouteFlows[k][c][i, j];
            var t = r.Tariffs[k][c][i, j];
            sales[i] += x / (1 + t);
            revenue[j] += x * t / (1 + t);
            spending[j] += x;
        });
        for (var j = 0; j < baseline.Countries; j++)
        {
            SmallEconomy.Near(r.FactorIncome[j], sales[j], 1e-11, $"market clearing [{j}]");
            SmallEconomy.Near(r.Revenue[j], revenue[j], 1e-11, $"revenue [{j}]");
            SmallEconomy.Near(r.Spending[j], spending[j], 1e-11, $"spending [{j}]");
            SmallEconomy.Near(r.Spending[j], r.FactorIncome[j] + r.Revenue[j] + r.Deficit[j], 1e-11, $"budget [{j}]");
            if (closure == ImbalanceClosure.Additive)
            {
                SmallEconomy.Near(baseline.Deficit[j], r.Deficit[j], 1e-11, $"deficit held [{j}]");
            }

            for (var k = 0; k < baseline.Sectors.Length; k++)
            {
                var sector = Enumerable.Range(0, baseline.Countries).Sum(i => r.SectorFlows(k)[i, j]);
                SmallEconomy.Near(baseline.SectorShares[j, k] * r.Spending[j], sector, 1e-11, $"Cobb-Douglas share [{j},{k}]");
            }
        }

        Assert.True(Math.Abs(r.Deficit.Sum()) < 1e-9, $"deficits sum to {r.Deficit.Sum()}");
        SmallEconomy.Near(baseline.FactorIncome.Sum(), r.FactorIncome.Sum(), 1e-12, "world factor income (the numeraire)");
    }

    [Fact]
    public void Welfare_does_not_depend_on_the_units_of_the_flows()
    {
        var baseline = ThreeSectors();
        var scaled = MultiSectorBaseline.Create(baseline.Sectors, MapRoutes(baseline.RouteFlows, x => x * 1000.0), baseline.Tariffs);
        var shock = MixedShock(baseline, ImbalanceClosure.Additive);

        var a = MultiSectorEquilibrium.Solve(baseline, shock, Tight);
        var b = MultiSectorEquilibrium.Solve(scaled, shock, Tight);

        for (var j = 0; j < baseline.Countries; j++)
        {
            SmallEconomy.Near(a.Welfare[j], b.Welfare[j], 1e-10, $"welfare[{j}]");
            SmallEconomy.Near(a.Spending[j] * 1000.0, b.Spending[j], 1e-10, $"spending[{j}]");
        }
    }

    [Fact]
    public void The_same_cost_change_on_every_channel_is_a_change_of_the_sector_and_keeps_the_channel_shares()
    {
        var baseline = ThreeSectors();
        var uniform = Map(SmallEconomy.Ones(4), _ => 0.9);
        var nested = MultiSectorEquilibrium.Solve(baseline, new MultiSectorShock { CostChange = [[uniform, uniform], [Ones()], [Ones()]] }, Tight);
        var merged = MultiSectorBaseline.Create(
            [baseline.Sectors[0] with { Channels = ["all"] }, baseline.Sectors[1], baseline.Sectors[2]],
            [[baseline.SectorFlows[0]], baseline.RouteFlows[1], baseline.RouteFlows[2]],
            [[baseline.Tariffs[0][0]], baseline.Tariffs[1], baseline.Tariffs[2]]);

        var single = MultiSectorEquilibrium.Solve(merged, new MultiSectorShock { CostChange = [[uniform], [Ones()], [Ones()]] }, Tight);

        for (var j = 0; j < 4; j++)
        {
            SmallEconomy.Near(single.Welfare[j], nested.Welfare[j], 1e-11, $"welfare[{j}]");
            for (var i = 0; i < 4; i++)
            {
                var share = nested.RouteFlows[0][1][i, j] / nested.SectorFlows(0)[i, j];
                SmallEconomy.Near(baseline.ChannelShares[0][1][i, j], share, 1e-11, $"e-commerce share [{i},{j}]");
            }
        }
    }

    [Fact]
    public void A_cheaper_ecommerce_channel_raises_its_share_and_the_pairs_goods_trade()
    {
        var baseline = ThreeSectors();
        var cheaper = SmallEconomy.Ones(4);
        cheaper[0, 1] = 0.8; // e-commerce from 0 to 1

        var r = MultiSectorEquilibrium.Solve(baseline, new MultiSectorShock { CostChange = [[Ones(), cheaper], [Ones()], [Ones()]] }, Tight);

        var before = baseline.ChannelShares[0][1][0, 1];
        var after = r.RouteFlows[0][1][0, 1] / r.SectorFlows(0)[0, 1];
        Assert.True(after > before, $"e-commerce share of 0→1 goods went {before:F4} → {after:F4}");
        Assert.True(r.SectorFlows(0)[0, 1] > baseline.SectorFlows[0][0, 1], "the pair's goods trade rises");
        Assert.True(r.Welfare[1] > 1.0, "the importer gains");
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                if ((i, j) != (0, 1))
                {
                    // Other pairs' channel shares depend only on their own channel costs.
                    SmallEconomy.Near(baseline.ChannelShares[0][1][i, j], r.RouteFlows[0][1][i, j] / r.SectorFlows(0)[i, j], 1e-12, $"share [{i},{j}]");
                }
            }
        }
    }

    [Fact]
    public void A_shock_and_its_inverse_return_to_the_baseline()
    {
        var baseline = ThreeSectors();
        var shock = MixedShock(baseline, ImbalanceClosure.Additive);
        var there = MultiSectorEquilibrium.Solve(baseline, shock, Tight);
        var moved = MultiSectorBaseline.Create(baseline.Sectors, there.RouteFlows, there.Tariffs);

        var back = MultiSectorEquilibrium.Solve(
            moved,
            new MultiSectorShock { CostChange = MapRoutes(shock.CostChange!, x => 1.0 / x), Tariffs = baseline.Tariffs, Closure = ImbalanceClosure.Additive },
            Tight);

        ForEachRoute(baseline, (k, c, i, j) => SmallEconomy.Near(baseline.RouteFlows[k][c][i, j], back.RouteFlows[k][c][i, j], 1e-9, $"X[{k}][{c}][{i},{j}]"));
    }

    [Fact]
    public void Sector_productivity_and_endowment_growth_raise_real_income_where_they_happen()
    {
        var baseline = ThreeSectors();
        var productivity = new double[4, 3];
        for (var i = 0; i < 4; i++)
        {
            for (var k = 0; k < 3; k++)
            {
                productivity[i, k] = (i, k) == (2, 1) ? 1.1 : 1.0;
            }
        }

        var r = MultiSectorEquilibrium.Solve(baseline, new MultiSectorShock { ProductivityChange = productivity, EndowmentChange = [1.0, 1.0, 1.0, 1.05] }, Tight);

        Assert.True(r.Welfare[2] > 1.0, "10% more productive in sector 1");
        Assert.True(r.Welfare[3] > 1.0, "5% more endowment");
        SmallEconomy.Near(baseline.FactorIncome.Select((y, i) => y * (i == 3 ? 1.05 : 1.0)).Sum(), r.FactorIncome.Sum(), 1e-12, "world factor income per unit of endowment");
    }

    [Fact]
    public void A_baseline_without_spending_somewhere_is_refused()
    {
        var flows = new double[,] { { 10.0, 0.0 }, { 0.0, 0.0 } };

        Assert.Throws<ArgumentException>(() => MultiSectorBaseline.Create([OneChannel], [[flows]], [[Zeros(2)]]));
    }

    /// <summary>Four countries, three sectors: goods with a conventional and an e-commerce channel (tariffs on both), digital services and other services.</summary>
    private static MultiSectorBaseline ThreeSectors()
    {
        var goods = SmallEconomy.Flows;
        var ecommerce = Map(goods, x => x * 0.05);
        var digital = new double[,] { { 30.0, 4.0, 1.0, 0.5 }, { 2.0, 20.0, 0.5, 0.2 }, { 1.0, 0.3, 15.0, 0.1 }, { 0.2, 0.1, 0.2, 8.0 } };
        var other = new double[,] { { 200.0, 5.0, 2.0, 1.0 }, { 3.0, 90.0, 1.0, 0.5 }, { 2.0, 1.0, 70.0, 0.4 }, { 0.5, 0.3, 0.6, 35.0 } };
        var goodsTariff = new double[,] { { 0, 0.05, 0.08, 0.1 }, { 0.04, 0, 0.06, 0.12 }, { 0.07, 0.03, 0, 0.09 }, { 0.02, 0.05, 0.1, 0 } };
        var parcelTariff = Map(goodsTariff, t => t / 2);
        return MultiSectorBaseline.Create(
            [new SectorSpec("goods", 4.0, 3.0, ["conventional", "ecommerce"]), new SectorSpec("digital", 5.0, 2.0, ["all"]), new SectorSpec("other_services", 6.0, 2.0, ["all"])],
            [[goods, ecommerce], [digital], [other]],
            [[goodsTariff, parcelTariff], [Zeros(4)], [Zeros(4)]]);
    }

    private static MultiSectorShock MixedShock(MultiSectorBaseline baseline, ImbalanceClosure closure)
    {
        var cost = Map(SmallEconomy.Shock, b => Math.Pow(b, -1.0 / Theta));
        var tariffs = MapRoutes(baseline.Tariffs, t => t * 0.5);
        tariffs[0][0][3, 2] = 0.25; // and one tariff raised
        return new MultiSectorShock
        {
            CostChange = [[cost, Map(cost, x => x * 0.95)], [Map(cost, x => Math.Sqrt(x))], [Ones()]],
            Tariffs = tariffs,
            Closure = closure,
        };
    }

    private static void ForEachRoute(MultiSectorBaseline baseline, Action<int, int, int, int> visit)
    {
        for (var k = 0; k < baseline.Sectors.Length; k++)
        {
            for (var c = 0; c < baseline.Sectors[k].Channels.Length; c++)
            {
                for (var i = 0; i < baseline.Countries; i++)
                {
                    for (var j = 0; j < baseline.Countries; j++)
                    {
                        visit(k, c, i, j);
                    }
                }
            }
        }
    }

    private static double[][][,] MapRoutes(double[][][,] routes, Func<double, double> f) =>
        [.. routes.Select(sector => sector.Select(channel => Map(channel, f)).ToArray())];

    private static double[,] Map(double[,] m, Func<double, double> f)
    {
        var n = m.GetLength(0);
        var r = new double[n, m.GetLength(1)];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m.GetLength(1); j++)
            {
                r[i, j] = f(m[i, j]);
            }
        }

        return r;
    }

    private static double[,] Ones() => SmallEconomy.Ones(4);

    private static double[,] Zeros(int n) => new double[n, n];
}
