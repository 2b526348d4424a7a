namespace DigitalTrade.Cli.Tests;

/// <summary>
/// The README's main command: at the final round of the Digital Silk Road against the baseline,
/// China–Kyrgyzstan latency is about 40% lower because the China–Kyrgyzstan–Uzbekistan cable takes the
/// pair's traffic direct instead of through Kazakhstan (a route change, never below light in fibre), and
/// China's digital-services exports to Kyrgyzstan and world digital trade are higher.
/// </summary>
public sealed class DigitalSilkRoadTests
{
    [Fact]
    public async Task The_digital_silk_road_cuts_china_kyrgyzstan_latency_by_about_40_percent_by_a_route_change_and_raises_digital_trade()
    {
        var work = Dtsim.NewFolder();
        var package = await Dtsim.RunAsync(work, "run", Dtsim.Scenario("scenarios/sco-digital-silk-road.yaml"), "--out", "dsr");
        var baseline = await Dtsim.RunAsync(work, "run", Dtsim.Scenario("scenarios/sco-baseline.yaml"), "--out", "base");
        Assert.True(package.ExitCode == 0, package.ToString());
        Assert.True(baseline.ExitCode == 0, baseline.ToString());

        var withPackage = Pair(work, "dsr", 40, "CHN", "KGZ", "digital");
        var without = Pair(work, "base", 40, "CHN", "KGZ", "digital");
        Assert.InRange(withPackage.LatencyMs / without.LatencyMs, 0.55, 0.65);
        // Through Kazakhstan (Beijing-Astana-Bishkek) at the terrestrial route factor 1.5, then direct at the cable's 1.2:
        // 2·((d_CHN,KAZ + d_KAZ,KGZ)·1.5/204 + 2) and 2·(d_CHN,KGZ·1.2/204 + 1) ms.
        Assert.Equal(71.67, without.LatencyMs, 0.01);
        Assert.Equal(42.81, withPackage.LatencyMs, 0.01);
        Assert.True(withPackage.Flow > without.Flow, $"CHN->KGZ digital: {withPackage.Flow} with the package, {without.Flow} without");
        Assert.True(
            WorldDigital(work, "dsr", 40) > WorldDigital(work, "base", 40),
            $"world digital trade: {WorldDigital(work, "dsr", 40)} with the package, {WorldDigital(work, "base", 40)} without");

        // Before the cable is laid (round 3) the pair's latency is the baseline's; from round 4 it is the direct route's.
        Assert.Equal(Pair(work, "base", 3, "CHN", "KGZ", "digital").LatencyMs, Pair(work, "dsr", 3, "CHN", "KGZ", "digital").LatencyMs);
        Assert.Equal(withPackage.LatencyMs, Pair(work, "dsr", 4, "CHN", "KGZ", "digital").LatencyMs);

        // No pair of either run, in any round, is faster than light in fibre along its great circle (pairs with the rest
        // of the world have no latency).
        foreach (var run in new[] { "dsr", "base" })
        {
            Assert.All(OutputCsv.Rows(Path.Combine(work, run, "pairs.csv")).Where(r => r["latency_ms"].Length > 0), r =>
                Assert.True(OutputCsv.Number(r["latency_ms"]) >= 2 * OutputCsv.Number(r["distance_km"]) / 204.0, $"{run} round {r["round"]} {r["exporter"]}-{r["importer"]}"));
        }
    }

    private static (double Flow, double LatencyMs) Pair(string work, string run, int round, string exporter, string importer, string sector)
    {
        var row = OutputCsv.Rows(Path.Combine(work, run, "pairs.csv")).Single(r =>
            r["round"] == round.ToString(System.Globalization.CultureInfo.InvariantCulture) && r["exporter"] == exporter && r["importer"] == importer && r["sector"] == sector);
        return (OutputCsv.Number(row["flow_usd_bn"]), OutputCsv.Number(row["latency_ms"]));
    }

    private static double WorldDigital(string work, string run, int round) =>
        OutputCsv.Number(OutputCsv.Rows(Path.Combine(work, run, "world.csv"))[round]["digital_trade_usd_bn"]);
}
