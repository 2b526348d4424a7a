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
        // Myanmar has no WDI exports or imports of goods and services, so its other services are imputed and gravity filled.
        var filled = Assert.Single(File.ReadLines(Path.Combine(work, "out", "baseline_fit.csv")), l => l.EndsWith(",gravity_filled", StringComparison.Ordinal)).Split(',');
        Assert.Equal(("MMR", "WLD", "all", ""), (filled[0], filled[1], filled[2], filled[6]));
        Assert.True(OutputCsv.Number(filled[7]) > 0);

        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(work, "out", "manifest.json")));
        var listed = manifest.RootElement.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("file").GetString() == "baseline_fit.csv");
        Assert.Equal(rows.Count, listed.GetProperty("rows").GetInt64());
    }

    [Fact]
    public async Task Round_zero_is_the_observed_world_with_the_rest_of_the_world_its_trade_balances_and_tax_revenue()
    {
        var work = Dtsim.NewFolder();

        var result = await Dtsim.RunAsync(work, "run", Dtsim.Scenario("scenarios/sco-baseline.yaml"), "--out", "out", "--set", "rounds=1");

        Assert.True(result.ExitCode == 0, result.ToString());
        var fit = OutputCsv.Rows(Path.Combine(work, "out", "baseline_fit.csv"));
        var countries = OutputCsv.Rows(Path.Combine(work, "out", "countries.csv")).Where(r => r["round"] == "0").ToDictionary(r => r["iso3"]);
        Assert.Equal(28, countries.Count);
        Assert.True(OutputCsv.Number(countries["ROW"]["output_usd_bn"]) > 50_000, "the rest of the world's GDP");
        Assert.Equal("", countries["ROW"]["population_m"]);

        string Wdi(string direction) => $"World Bank WDI {direction} of goods and services";
        var wdiExports = fit.Where(r => r["source"].StartsWith(Wdi("exports"), StringComparison.Ordinal)).ToDictionary(r => r["exporter"]);
        var wdiImports = fit.Where(r => r["source"].StartsWith(Wdi("imports"), StringComparison.Ordinal)).ToDictionary(r => r["importer"]);
        var merchandise = fit.Where(r => r["source"].StartsWith("WTO merchandise exports", StringComparison.Ordinal)).ToDictionary(r => r["exporter"]);
        Assert.True(wdiExports.Count >= 20, $"{wdiExports.Count} countries with WDI exports");
        foreach (var (iso3, wdi) in wdiExports)
        {
            var observed = OutputCsv.Number(wdi["observed_usd_bn"]);
            if (observed < OutputCsv.Number(merchandise[iso3]["observed_usd_bn"]))
            {
                continue; // the sources disagree: exports are floored at merchandise exports (docs/model.md)
            }

            var exports = OutputCsv.Number(countries[iso3]["exports_usd_bn"]);
            Assert.True(Math.Abs((exports / observed) - 1.0) < 0.05, $"{iso3}: exports {exports:F1} against WDI {observed:F1}");
            if (wdiImports.TryGetValue(iso3, out var imports))
            {
                var balance = OutputCsv.Number(countries[iso3]["trade_balance_usd_bn"]);
                var wdiBalance = observed - OutputCsv.Number(imports["observed_usd_bn"]);
                Assert.True(balance != 0.0 && Math.Sign(balance) == Math.Sign(wdiBalance), $"{iso3}: balance {balance:F2} against WDI {wdiBalance:F2}");
            }
        }

        Assert.True(OutputCsv.Number(countries["CHN"]["tariff_revenue_usd_bn"]) > 0, "China's tariff revenue");
        Assert.Equal(0.0, OutputCsv.Number(countries["CHN"]["duty_revenue_usd_bn"])); // the moratorium holds at round 0
    }

    [Fact]
    public async Task With_baseline_year_2019_the_largest_pairs_are_the_reconciled_dots_flows()
    {
        var work = Dtsim.NewFolder();

        var result = await Dtsim.RunAsync(
            work, "run", Dtsim.Scenario("scenarios/sco-baseline.yaml"), "--out", "out", "--set", "rounds=1", "--set", "baseline_year=2019");

        Assert.True(result.ExitCode == 0, result.ToString());
        var largest = OutputCsv.Rows(Path.Combine(work, "out", "baseline_fit.csv"))
            .Where(r => r["source"].Contains("IMF DOTS 2019", StringComparison.Ordinal)) // a quoted cell: the naive reader keeps its quote
            .OrderByDescending(r => OutputCsv.Number(r["observed_usd_bn"]))
            .Take(10)
            .ToList();
        Assert.Equal(10, largest.Count);
        Assert.All(largest, r =>
        {
            var (observed, model) = (OutputCsv.Number(r["observed_usd_bn"]), OutputCsv.Number(r["model_usd_bn"]));
            Assert.True(Math.Abs((model / observed) - 1.0) < 0.10, $"{r["exporter"]}->{r["importer"]}: {model:F2} against {observed:F2}");
        });
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
