using System.Collections.Immutable;

namespace DigitalTrade.Scenarios.Tests;

/// <summary>
/// A scenario in a fresh temporary folder: scenario.yaml plus data/countries.csv and data/pairs.csv
/// (copies of the repository's, or given text). Deleted on dispose.
/// </summary>
internal sealed class TempScenario : IDisposable
{
    public const string ValidHeader = """
        name: test
        seed: 1
        rounds: 8
        round_days: 91
        countries:
          file: data/countries.csv
          pairs: data/pairs.csv

        """;

    public TempScenario(string yaml, string? countriesCsv = null, string? pairsCsv = null)
    {
        Folder = Directory.CreateTempSubdirectory("dtsim-scenario-").FullName;
        Directory.CreateDirectory(Path.Combine(Folder, "data"));
        WriteText("data/countries.csv", countriesCsv ?? File.ReadAllText(Path.Combine(RepositoryPaths.Data, "countries.csv")));
        WriteText("data/pairs.csv", pairsCsv ?? File.ReadAllText(Path.Combine(RepositoryPaths.Data, "pairs.csv")));
        WriteText("scenario.yaml", yaml);
    }

    public string Folder { get; }

    public string ScenarioPath => Path.Combine(Folder, "scenario.yaml");

    public void WriteText(string relativePath, string text) =>
        File.WriteAllText(Path.Combine(Folder, relativePath), text.ReplaceLineEndings("\n"));

    public ScenarioLoadResult Load(params string[] overrides) => ScenarioLoader.Load(ScenarioPath, overrides);

    /// <summary>The issues of loading the scenario, with paths shown relative to its folder ("data/countries.csv").</summary>
    public ImmutableArray<ScenarioIssue> Issues(params string[] overrides)
    {
        var prefix = Folder + Path.DirectorySeparatorChar;
        return [.. Load(overrides).Issues.Select(i => i with
        {
            File = i.File.Replace(prefix, "", StringComparison.Ordinal),
            Message = i.Message.Replace(prefix, "", StringComparison.Ordinal),
        })];
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    /// <summary>Loads a YAML text (with the repository's data) and returns its issues.</summary>
    public static ImmutableArray<ScenarioIssue> IssuesOf(string yaml, params string[] overrides)
    {
        using var scenario = new TempScenario(yaml);
        return scenario.Issues(overrides);
    }
}
