namespace DigitalTrade.Cli.Tests;

/// <summary>
/// The README's main command, and what the cooperation issue says it must show: at the final round of
/// the Digital Silk Road against the baseline, China–Kyrgyzstan latency is about 40% lower, and
/// China's digital-services exports to Kyrgyzstan and world digital trade are higher.
/// </summary>
public sealed class DigitalSilkRoadTests
{
    [Fact]
    public async Task The_digital_silk_road_lowers_china_kyrgyzstan_latency_by_40_percent_and_raises_digital_trade()
    {
        var work = Dtsim.NewFolder();
        var package = await Dtsim.RunAsync(work, "run", Dtsim.Scenario("scenarios/sco-digital-silk-road.yaml"), "--out", "dsr");
        var baseline = await Dtsim.RunAsync(work, "run", Dtsim.Scenario("scenarios/sco-baseline.yaml"), "--out", "base");
        Assert.True(package.ExitCode == 0, package.ToString());
        Assert.True(baseline.ExitCode == 0, baseline.ToString());

        var withPackage = Pair(work, "dsr", 40, "CHN", "KGZ", "digital");
        var without = Pair(work, "base", 40, "CHN", "KGZ", "digital");
        Assert.Equal(0.6, withPackage.LatencyMs / without.LatencyMs, 1e-9);
        Assert.True(withPackage.Flow > without.Flow, $"CHN->KGZ digital: {withPackage.Flow} with the package, {without.Flow} without");
        Assert.True(
            WorldDigital(work, "dsr", 40) > WorldDigital(work, "base", 40),
            $"world digital trade: {WorldDigital(work, "dsr", 40)} with the package, {WorldDigital(work, "base", 40)} without");

        // Before the cable is laid (round 3) the pair's latency is the baseline's; from round 4 it is 40% lower.
        Assert.Equal(Pair(work, "base", 3, "CHN", "KGZ", "digital").LatencyMs, Pair(work, "dsr", 3, "CHN", "KGZ", "digital").LatencyMs);
        Assert.Equal(0.6, Pair(work, "dsr", 4, "CHN", "KGZ", "digital").LatencyMs / Pair(work, "base", 4, "CHN", "KGZ", "digital").LatencyMs, 1e-9);
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
