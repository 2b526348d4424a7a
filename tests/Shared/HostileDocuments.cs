using System.Text;

namespace DigitalTrade.Tests.Shared;

/// <summary>
/// Documents an attacker (or an accident) would send: each must be refused quickly with a clear issue, by the
/// CLI and by the HTTP API alike.
/// </summary>
internal static class HostileDocuments
{
    /// <summary>
    /// "Billion laughs" in about 400 bytes: nine levels of nine aliases each, 9^9 (387 million) strings once
    /// expanded. The last lines name a scenario, so nothing but the aliases is wrong with it.
    /// </summary>
    public static string AliasBomb { get; } = BuildAliasBomb();

    /// <summary>Lists nested 100,000 deep (200 kB): a recursive reader would overflow its stack.</summary>
    public static string DeepNesting { get; } = "name: deep\nseed: " + new string('[', 100_000) + new string(']', 100_000) + "\n";

    /// <summary>A scenario whose name is a string of <paramref name="characters"/> characters.</summary>
    public static string LongName(string scenarioYaml, int characters)
    {
        var lines = scenarioYaml.ReplaceLineEndings("\n").Split('\n');
        var name = Array.FindIndex(lines, l => l.StartsWith("name:", StringComparison.Ordinal));
        lines[name] = "name: " + new string('n', characters);
        return string.Join('\n', lines);
    }

    /// <summary>
    /// Just under 1 MiB of events, every one with a wrong value: within every limit, but the costliest document to
    /// validate (seconds of a core), since each event is checked against the schema and each reports an issue.
    /// Data paths are relative to the scenarios folder.
    /// </summary>
    public static string ManyInvalidEvents { get; } =
        "name: heavy\nseed: 1\nrounds: 10000\nround_days: 91\ncountries: {file: data/countries.csv}\nevents:\n" +
        string.Concat(Enumerable.Range(0, 11_000).Select(i => $"- {{round: {(i % 9_000) + 1}, kind: endowment_shock, country: CHN, sector: goods, factor: x}}\n"));

    /// <summary>Two MiB of text: over every document limit.</summary>
    public static string TwoMebibyteName(string scenarioYaml) => LongName(scenarioYaml, 2 * 1024 * 1024);

    private static string BuildAliasBomb()
    {
        var text = new StringBuilder();
        text.Append("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            text.Append($"{level}: &{level} [{string.Join(',', Enumerable.Repeat($"*{previous}", 9))}]\n");
        }

        return text.Append("name: bomb\nseed: 1\nrounds: 1\nround_days: 91\n").ToString();
    }
}
