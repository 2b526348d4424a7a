namespace DigitalTrade.Cli.Tests;

public sealed class ValidateCommandTests
{
    [Fact]
    public async Task Validate_accepts_the_baseline_scenario()
    {
        var result = await Dtsim.RunAsync(Dtsim.NewFolder(), "validate", Dtsim.Scenario("scenarios/sco-baseline.yaml"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("27 countries", result.Stdout);
    }

    [Fact]
    public async Task Validate_lists_negative_rounds_and_a_misspelt_key_with_their_lines_and_exits_2()
    {
        var work = Dtsim.NewFolder();
        var baseline = await File.ReadAllLinesAsync(Dtsim.Scenario("scenarios/sco-baseline.yaml"));
        var data = RepositoryPaths.Data.Replace('\\', '/');
        var lines = baseline
            .Select(l => l.StartsWith("rounds:", StringComparison.Ordinal) ? "rounds: -3" : l)
            .SelectMany(l => l.StartsWith("name:", StringComparison.Ordinal) ? new[] { l, "descriptoin: a misspelt key" } : [l])
            .Select(l => l.Replace("data/", data + "/", StringComparison.Ordinal))
            .ToArray();
        var file = Path.Combine(work, "bad.yaml");
        await File.WriteAllLinesAsync(file, lines);
        var roundsLine = Array.FindIndex(lines, l => l.StartsWith("rounds:", StringComparison.Ordinal)) + 1;
        var keyLine = Array.FindIndex(lines, l => l.StartsWith("descriptoin:", StringComparison.Ordinal)) + 1;

        var result = await Dtsim.RunAsync(work, "validate", file);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"bad.yaml:{roundsLine}:", result.Stderr);
        Assert.Contains($"bad.yaml:{keyLine}:1:", result.Stderr);
        Assert.Contains("descriptoin", result.Stderr);
        Assert.Contains("2 errors", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
    }

    [Fact]
    public async Task Run_with_an_invalid_scenario_exits_2_and_writes_nothing()
    {
        var work = Dtsim.NewFolder();
        var result = await Dtsim.RunAsync(work, "run", Dtsim.Scenario("scenarios/sco-baseline.yaml"), "--out", "out", "--set", "rounds=-3");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("rounds", result.Stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(work));
    }

    [Fact]
    public async Task A_missing_scenario_file_is_a_clear_error()
    {
        var result = await Dtsim.RunAsync(Dtsim.NewFolder(), "validate", "no-such-file.yaml");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("no-such-file.yaml", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr + result.Stdout);
    }

    [Fact]
    public async Task An_unknown_option_exits_2_without_a_stack_trace()
    {
        var result = await Dtsim.RunAsync(Dtsim.NewFolder(), "run", Dtsim.Scenario("scenarios/sco-baseline.yaml"), "--no-such-option");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.DoesNotContain("   at ", result.Stderr + result.Stdout);
    }
}
