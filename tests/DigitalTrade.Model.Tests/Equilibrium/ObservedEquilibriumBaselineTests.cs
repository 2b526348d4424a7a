using DigitalTrade.Model.Calibration;
using DigitalTrade.Model.Equilibrium.MultiSector;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Tests.Calibration;

namespace DigitalTrade.Model.Tests.Equilibrium;

/// <summary>
/// The observed baseline (FOB flows with the rest of the world) as the multi-sector equilibrium's baseline at
/// buyer's prices: factor income is observed sales, revenue is tariffs on observed imports, e-commerce takes
/// its share of international goods trade, and the equilibrium solves from it.
/// </summary>
public sealed class ObservedEquilibriumBaselineTests
{
    private static readonly EquilibriumSectorSpec Spec = new(GoodsTheta: 4, DigitalTheta: 2, OtherServicesTheta: 4, EcommerceShare: 0.05, ChannelElasticity: 2);

    private static readonly ObservedBaseline Observed = ObservedCalibration.Build(MadeUpWorld.Data, MadeUpWorld.Profiles, MadeUpWorld.Countries, new ObservedBaselineOptions());

    private static int N => Observed.Regions.Length;

    [Fact]
    public void Factor_income_is_each_regions_observed_sales_and_revenue_its_tariffs_on_observed_imports()
    {
        var tariffs = Tariffs(goods: 0.08, parcels: 0.04, duties: 0.02);

        var baseline = ObservedEquilibriumBaseline.Create(Observed, tariffs, Spec);

        for (var i = 0; i < N; i++)
        {
            var sales = 0.0;
            var revenue = 0.0;
            foreach (var sector in BaselineSectors.All)
            {
                for (var j = 0; j < N; j++)
                {
                    sales += Observed.Sectors[(int)sector].FlowsUsdBn[i, j];
                    var fob = Observed.Sectors[(int)sector].FlowsUsdBn[j, i];
                    revenue += j == i ? 0.0 : sector switch
                    {
                        BaselineSector.Goods => fob * ((0.95 * 0.08) + (0.05 * 0.04)),
                        BaselineSector.Digital => fob * 0.02,
                        _ => 0.0,
                    };
                }
            }

            SmallEconomy.Near(sales, baseline.FactorIncome[i], 1e-12, $"factor income of {Observed.Regions[i]}");
            SmallEconomy.Near(revenue, baseline.Revenue[i], 1e-12, $"revenue of {Observed.Regions[i]}");
        }
    }

    [Fact]
    public void Ecommerce_takes_its_share_of_international_goods_trade_and_none_of_domestic_sales()
    {
        var baseline = ObservedEquilibriumBaseline.Create(Observed, Tariffs(0, 0, 0), Spec);

        var goods = Observed.Sectors[(int)BaselineSector.Goods].FlowsUsdBn;
        for (var i = 0; i < N; i++)
        {
            for (var j = 0; j < N; j++)
            {
                SmallEconomy.Near(i == j ? 0.0 : 0.05 * goods[i, j], baseline.RouteFlows[0][1][i, j], 1e-12, $"e-commerce {i}->{j}");
            }
        }
    }

    [Fact]
    public void A_zero_shock_leaves_the_observed_world_as_it_is_and_a_tariff_cut_raises_the_cutters_imports()
    {
        var tariffs = Tariffs(goods: 0.08, parcels: 0.04, duties: 0.0);
        var baseline = ObservedEquilibriumBaseline.Create(Observed, tariffs, Spec);
        var solver = new SolverParameters { Tolerance = 1e-12, MaxIterations = 10_000 };

        var same = MultiSectorEquilibrium.Solve(baseline, new MultiSectorShock(), solver);
        Assert.All(same.Welfare, w => SmallEconomy.Near(1.0, w, 1e-11, "welfare"));

        var cut = (double[,])tariffs.Goods.Clone();
        var aaa = Observed.IndexOf("AAA");
        for (var i = 0; i < N; i++)
        {
            cut[i, aaa] = i == aaa ? 0.0 : 0.04;
        }

        var r = MultiSectorEquilibrium.Solve(baseline, new MultiSectorShock { Tariffs = [[cut, tariffs.Parcels], [tariffs.ElectronicDuties], [new double[N, N]]] }, solver);

        var before = Enumerable.Range(0, N).Where(i => i != aaa).Sum(i => baseline.RouteFlows[0][0][i, aaa] / 1.08);
        var after = Enumerable.Range(0, N).Where(i => i != aaa).Sum(i => r.RouteFlows[0][0][i, aaa] / 1.04);
        Assert.True(after > before, $"AAA's conventional goods imports at the exporters' prices: {before} -> {after}");
    }

    private static RouteTariffs Tariffs(double goods, double parcels, double duties) =>
        new(Uniform(goods), Uniform(parcels), Uniform(duties));

    private static double[,] Uniform(double rate)
    {
        var t = new double[N, N];
        for (var i = 0; i < N; i++)
        {
            for (var j = 0; j < N; j++)
            {
                t[i, j] = i == j ? 0.0 : rate;
            }
        }

        return t;
    }
}
