using System.Collections.Immutable;
using DigitalTrade.Model.World;

namespace DigitalTrade.Scenarios.Data;

/// <summary>
/// Reads pairs.csv (one row per unordered pair: contiguity and common official language as 0/1) into pair
/// profiles with the two codes in ordinal order. Pairs of countries the scenario does not hold are kept
/// here and dropped by the mapper.
/// </summary>
internal static class PairDataReader
{
    public static readonly IReadOnlyList<string> RequiredColumns = ["iso3_a", "iso3_b", "contiguity", "common_official_language"];

    public static ImmutableArray<PairProfile>? Read(string fullPath, string displayPath, SourcePosition referencedAt, List<ScenarioIssue> issues)
    {
        var table = CsvTable.Read(fullPath, displayPath, RequiredColumns, referencedAt, issues);
        if (table is null)
        {
            return null;
        }

        var pairs = new List<PairProfile>();
        var firstLines = new Dictionary<(string, string), int>();
        foreach (var record in table.Records)
        {
            var aCell = table.Cell(record, "iso3_a");
            var bCell = table.Cell(record, "iso3_b");
            var ok = CellValues.TryIso3(aCell, issues, out var a);
            ok &= CellValues.TryIso3(bCell, issues, out var b);
            ok &= CellValues.TryFlag(table.Cell(record, "contiguity"), issues, out var contiguous);
            ok &= CellValues.TryFlag(table.Cell(record, "common_official_language"), issues, out var language);
            if (!ok)
            {
                continue;
            }

            if (a == b)
            {
                issues.Add(bCell.Issue("data.self-pair", $"a pair of two different countries is expected, got {a} twice"));
                continue;
            }

            var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
            if (!firstLines.TryAdd(key, record.Line))
            {
                issues.Add(aCell.Issue("data.duplicate", $"duplicate pair {key.Item1}-{key.Item2} (first on line {firstLines[key]})"));
                continue;
            }

            pairs.Add(new PairProfile(key.Item1, key.Item2, contiguous, language));
        }

        return [.. pairs];
    }
}
