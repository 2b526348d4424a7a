using System.Text.Json;

namespace DigitalTrade.Cli.Tests;

/// <summary>
/// baseline_fit.csv: a run of a scenario that names observed data compares its round 0 with the observations, and
/// the manifest lists the file; a scenario without observed data writes none.
/// </summary>
public sealed class BaselineFitTests
{
    [Fact]
    public async Task A_run_writes_round_zero_against_the_observations_and_the_manifest_lists_it()
    {
        var work = Dtsim.NewFolder();

        var result = await Dtsim.RunAsync(work, "run", Dtsim.Scenario("scenarios/sco-baseline.yaml"), "--out", "out", "--set", "rounds=1");

        Assert.True(result.ExitCode == 0, result.ToString());
        var rows = OutputCsv.Rows(Path.Combine(work, "out", "baseline_fit.csv"));
        Assert.Equal(
            ["exporter", "importer", "sector", "flow", "year", "period", "observed_usd_bn", "model_usd_bn", "source", "role"],
            rows[0].Keys);
        var chinaRussia2019 = rows.Single(r => (r["exporter"], r["importer"], r["year"], r["flow"]) == ("CHN", "RUS", "2019", "a_to_b"));
        Assert.Equal(49.48454, OutputCsv.Number(chinaRussia2019["observed_usd_bn"]), 1e-9); // IMF DOTS 2019, USD mn / 1000
        var pairs = OutputCsv.Rows(Path.Combine(work, "out", "pairs.csv"));
        var modelled = pairs.Where(p => (p["round"], p["exporter"], p["importer"]) == ("0", "CHN", "RUS") && p["sector"] is "goods" or "ecommerce")
            .Sum(p => OutputCsv.Number(p["flow_usd_bn"]));
        Assert.Equal(modelled, OutputCsv.Number(chinaRussia2019["model_usd_bn"]), 1e-9);
        Assert.Contains(rows, r => (r["exporter"], r["importer"], r["flow"], r["year"], r["role"]) == ("CHN", "RUS", "turnover", "2024", "hold_out"));
        Assert.Contains(rows, r => (r["exporter"], r["importer"], r["sector"], r["year"]) == ("CHN", "WLD", "goods", "2024"));

        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(work, "out", "manifest.json")));
        var listed = manifest.RootElement.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("file").GetString() == "baseline_fit.csv");
        Assert.Equal(rows.Count, listed.GetProperty("rows").GetInt64());
    }

    [Fact]
    public async Task A_scenario_without_observed_data_writes_no_fit()
    {
        var work = Dtsim.NewFolder();

        var result = await Dtsim.RunAsync(work, "run", Dtsim.Scenario("scenarios/examples/shocks.yaml"), "--out", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(File.Exists(Path.Combine(work, "out", "baseline_fit.csv")));
    }
}
