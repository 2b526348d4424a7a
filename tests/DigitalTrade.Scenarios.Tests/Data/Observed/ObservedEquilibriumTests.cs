using System.Diagnostics;
using DigitalTrade.Model.Calibration;
using DigitalTrade.Model.Equilibrium.MultiSector;
using Xunit.Abstractions;

namespace DigitalTrade.Scenarios.Tests.Data.Observed;

/// <summary>
/// The multi-sector equilibrium on the shipped observed baseline (the 27 countries and the rest of the world,
/// 2024): it starts from the observed world exactly and moves the way a tariff cut should move it.
/// </summary>
public sealed class ObservedEquilibriumTests(ITestOutputHelper output)
{
    private static readonly EquilibriumSectorSpec Spec = new(GoodsTheta: 4, DigitalTheta: 2, OtherServicesTheta: 4, EcommerceShare: 0.05, ChannelElasticity: 2);

    [Fact]
    public void The_observed_world_is_an_equilibrium_and_chinas_tariff_cut_on_the_rest_of_the_world_raises_its_imports_from_it()
    {
        var observed = ShippedObservedData.Baseline(2024);
        var n = observed.Regions.Length;
        var tariffs = new RouteTariffs(Uniform(n, 0.05), Uniform(n, 0.05), Uniform(n, 0.0));
        var baseline = ObservedEquilibriumBaseline.Create(observed, tariffs, Spec);

        var clock = Stopwatch.StartNew();
        var same = MultiSectorEquilibrium.Solve(baseline, new MultiSectorShock());
        Assert.All(same.Welfare, w => Assert.Equal(1.0, w, 1e-10));

        var (chn, row) = (observed.IndexOf("CHN"), observed.IndexOf("ROW"));
        var cut = (double[,])tariffs.Goods.Clone();
        cut[row, chn] = 0.0;
        var r = MultiSectorEquilibrium.Solve(baseline, new MultiSectorShock { Tariffs = [[cut, tariffs.Parcels], [tariffs.ElectronicDuties], [new double[n, n]]] });
        output.WriteLine($"{n} regions: two solves in {clock.Elapsed.TotalMilliseconds:F1} ms, {r.Iterations} updates; China's welfare {r.Welfare[chn] - 1:P3}, ROW's {r.Welfare[row] - 1:P3}");

        var before = observed.Flow(BaselineSector.Goods, "ROW", "CHN");
        var after = r.RouteFlows[0][0][row, chn];
        output.WriteLine($"ROW -> CHN goods: {before:F1} -> {after:F1} bn (conventional channel at the exporters' prices after the cut)");
        Assert.True(after > before * (1 - Spec.EcommerceShare), $"ROW -> CHN conventional goods at the exporters' prices: {before:F1} -> {after:F1} bn");
        Assert.True(r.Welfare[row] > 1.0, "the rest of the world gains from China's cut");
        Assert.True(r.MaxExcessDemand < 1e-12);
    }

    private static double[,] Uniform(int n, double rate)
    {
        var t = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                t[i, j] = i == j ? 0.0 : rate;
            }
        }

        return t;
    }
}
