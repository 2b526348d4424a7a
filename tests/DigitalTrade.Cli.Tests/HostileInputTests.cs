using System.Diagnostics;

namespace DigitalTrade.Cli.Tests;

/// <summary>
/// Hostile scenario files through the real dtsim command: each is refused within 5 s with exit code 2 and a
/// message naming the file, line, column and rule, and <c>run</c> leaves no output folder behind.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(5);

    public static TheoryData<string, string> Cases() => new()
    {
        { "alias-bomb", "yaml.alias-expansion" },
        { "deep-nesting", "limit.depth" },
        { "two-mebibyte-name", "limit.document-size" },
        { "long-name", "limit.string-length" },
        { "too-many-events", "schema.maxItems" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Run_refuses_a_hostile_scenario_quickly_and_writes_nothing(string name, string rule)
    {
        var work = Dtsim.NewFolder();
        var file = await WriteAsync(work, name);

        var clock = Stopwatch.StartNew();
        var result = await Dtsim.RunAsync(work, "run", file, "--out", "out");

        Assert.True(clock.Elapsed < Quick, $"dtsim run took {clock.Elapsed} on {name}");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Matches($@"{name}\.yaml:\d+:\d+: error \[{rule.Replace(".", @"\.", StringComparison.Ordinal)}\]", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr + result.Stdout);
        Assert.Equal([Path.Combine(work, name + ".yaml")], Directory.EnumerateFileSystemEntries(work));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Validate_refuses_a_hostile_scenario_quickly(string name, string rule)
    {
        var work = Dtsim.NewFolder();
        var file = await WriteAsync(work, name);

        var clock = Stopwatch.StartNew();
        var result = await Dtsim.RunAsync(work, "validate", file);

        Assert.True(clock.Elapsed < Quick, $"dtsim validate took {clock.Elapsed} on {name}");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains($"[{rule}]", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_costliest_document_within_the_limits_is_validated_within_5_s()
    {
        var work = Dtsim.NewFolder();
        var file = Path.Combine(work, "heavy.yaml");
        await File.WriteAllTextAsync(file, HostileDocuments.ManyInvalidEvents);

        var clock = Stopwatch.StartNew();
        var result = await Dtsim.RunAsync(work, "validate", file);

        Assert.True(clock.Elapsed < Quick, $"dtsim validate took {clock.Elapsed} on 11,000 invalid events");
        Assert.True(result.ExitCode == 2, result.ToString()[..Math.Min(2000, result.ToString().Length)]);
        Assert.Contains("[schema.type]", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ge_refuses_an_alias_bomb_in_an_experiment_file_and_writes_nothing()
    {
        var work = Dtsim.NewFolder();
        var file = Path.Combine(work, "bomb.yaml");
        await File.WriteAllTextAsync(file, HostileDocuments.AliasBomb);

        var result = await Dtsim.RunAsync(work, "ge", file, "--out", "out");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("[yaml.alias-expansion]", result.Stderr, StringComparison.Ordinal);
        Assert.Equal([file], Directory.EnumerateFileSystemEntries(work));
    }

    [Fact]
    public async Task An_alias_bomb_given_with_set_is_refused_as_such()
    {
        var bomb = "[&a [x,x,x,x,x,x,x,x], " +
            string.Join(", ", Enumerable.Range(0, 6).Select(i => $"&{(char)('b' + i)} [{string.Join(',', Enumerable.Repeat($"*{(char)('a' + i)}", 9))}]")) + "]";

        var result = await Dtsim.RunAsync(Dtsim.NewFolder(), "validate", Dtsim.Scenario("scenarios/sco-baseline.yaml"), "--set", "description=" + bomb);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--set:1:", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("[yaml.alias-expansion]", result.Stderr, StringComparison.Ordinal);
    }

    private static async Task<string> WriteAsync(string folder, string name)
    {
        var baseline = (await File.ReadAllTextAsync(Dtsim.Scenario("scenarios/sco-baseline.yaml")))
            .Replace("data/", RepositoryPaths.Data.Replace('\\', '/') + "/", StringComparison.Ordinal);
        var text = name switch
        {
            "alias-bomb" => HostileDocuments.AliasBomb,
            "deep-nesting" => HostileDocuments.DeepNesting,
            "two-mebibyte-name" => HostileDocuments.TwoMebibyteName(baseline),
            "long-name" => HostileDocuments.LongName(baseline, 100_000),
            "too-many-events" => baseline.Replace("\nevents:", "\nevents_replaced:", StringComparison.Ordinal) + "\nevents:\n" +
                string.Concat(Enumerable.Repeat("- {round: 1, kind: moratorium_lapse}\n", 20_001)),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such case"),
        };
        var file = Path.Combine(folder, name + ".yaml");
        await File.WriteAllTextAsync(file, text);
        return file;
    }
}
