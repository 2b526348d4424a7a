using System.Text.Json;

namespace DigitalTrade.Cli.Tests;

public sealed class RunCommandTests
{
    private static readonly string[] Tables = ["countries.csv", "country_sectors.csv", "pairs.csv", "world.csv", "events.csv", "disputes.csv", "dispute_stages.csv"];

    [Fact]
    public async Task Baseline_run_writes_every_output_for_27_countries_every_round()
    {
        var work = Dtsim.NewFolder();
        var result = await Dtsim.RunAsync(work, "run", Dtsim.Scenario("scenarios/sco-baseline.yaml"), "--out", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        var folder = Path.Combine(work, "out");
        foreach (var file in Tables.Append("manifest.json").Append("run.log"))
        {
            Assert.True(File.Exists(Path.Combine(folder, file)), $"{file} missing; {result}");
        }

        var countries = File.ReadAllLines(Path.Combine(folder, "countries.csv"));
        Assert.StartsWith("round,iso3,output_usd_bn,expenditure_usd_bn,real_income_index", countries[0]);
        Assert.Equal(41 * 28, countries.Length - 1); // the 27 countries and the rest of the world
        Assert.Equal(28, countries.Skip(1).Select(l => l.Split(',')[1]).Distinct().Count());
        Assert.Contains(countries, l => l.StartsWith("0,ROW,", StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(0, 41), countries.Skip(1).Select(l => int.Parse(l.Split(',')[0])).Distinct());
        Assert.StartsWith("round,exporter,importer,sector,flow_usd_bn,trade_cost,tax_rate,latency_ms", File.ReadLines(Path.Combine(folder, "pairs.csv")).First());
        Assert.StartsWith("round,iso3,sector,output_usd_bn,exports_usd_bn,imports_usd_bn", File.ReadLines(Path.Combine(folder, "country_sectors.csv")).First());
        Assert.StartsWith("round,total_trade_usd_bn", File.ReadLines(Path.Combine(folder, "world.csv")).First());
        Assert.Equal("round,kind,subject,detail", File.ReadLines(Path.Combine(folder, "events.csv")).First());

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")));
        var root = manifest.RootElement;
        Assert.Equal("completed", root.GetProperty("status").GetString());
        Assert.Equal("sco-baseline", root.GetProperty("scenario").GetProperty("name").GetString());
        Assert.Equal(64, root.GetProperty("scenario").GetProperty("sha256").GetString()!.Length);
        Assert.Equal(40, root.GetProperty("last_completed_round").GetInt32());
        Assert.Equal(-0.85, root.GetProperty("parameters").GetProperty("trade_costs").GetProperty("distance").GetDouble());
        Assert.Equal(8, root.GetProperty("tables").GetArrayLength()); // the seven tables and baseline_fit.csv
        Assert.False(Directory.Exists(folder + ".partial"), "the staging folder was left behind");
        Assert.Contains("World", result.Stdout);
    }

    [Fact]
    public async Task Two_runs_with_the_same_seed_give_identical_csvs_and_another_seed_does_not()
    {
        var work = Dtsim.NewFolder();
        var scenario = Dtsim.Scenario("scenarios/sco-baseline.yaml");
        var first = await Dtsim.RunAsync(work, "run", scenario, "--out", "a", "--set", "rounds=6");
        var second = await Dtsim.RunAsync(work, "run", scenario, "--out", "b", "--set", "rounds=6");
        var reseeded = await Dtsim.RunAsync(work, "run", scenario, "--out", "c", "--set", "rounds=6", "--seed", "99");

        Assert.True(first.ExitCode == 0 && second.ExitCode == 0 && reseeded.ExitCode == 0, $"{first}\n{second}\n{reseeded}");
        foreach (var table in Tables)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(work, "a", table)), File.ReadAllBytes(Path.Combine(work, "b", table)));
        }

        Assert.NotEqual(File.ReadAllBytes(Path.Combine(work, "a", "countries.csv")), File.ReadAllBytes(Path.Combine(work, "c", "countries.csv")));
    }

    [Fact]
    public async Task A_run_whose_solver_fails_exits_1_and_leaves_only_a_folder_marked_failed()
    {
        var work = Dtsim.NewFolder();
        var result = await Dtsim.RunAsync(work, "run", Dtsim.Scenario("scenarios/sco-baseline.yaml"), "--out", "out", "--set", "solver.max_iterations=1");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("did not converge", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.False(Directory.Exists(Path.Combine(work, "out")), "a failed run must not leave a complete-looking folder");
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(work, "out.failed", "manifest.json")));
        Assert.Equal("failed", manifest.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_run_refuses_an_output_folder_that_holds_something_else()
    {
        var work = Dtsim.NewFolder();
        Directory.CreateDirectory(Path.Combine(work, "precious"));
        await File.WriteAllTextAsync(Path.Combine(work, "precious", "thesis.tex"), "do not delete");

        var result = await Dtsim.RunAsync(work, "run", Dtsim.Scenario("scenarios/sco-baseline.yaml"), "--out", "precious");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("not a run folder", result.Stderr);
        Assert.True(File.Exists(Path.Combine(work, "precious", "thesis.tex")));
    }

    [Fact]
    public async Task A_second_run_into_the_same_folder_replaces_the_first()
    {
        var work = Dtsim.NewFolder();
        var scenario = Dtsim.Scenario("scenarios/sco-baseline.yaml");
        Assert.Equal(0, (await Dtsim.RunAsync(work, "run", scenario, "--out", "out", "--set", "rounds=2")).ExitCode);

        var again = await Dtsim.RunAsync(work, "run", scenario, "--out", "out", "--set", "rounds=3");

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(4 * 28 + 1, File.ReadAllLines(Path.Combine(work, "out", "countries.csv")).Length);
    }
}
