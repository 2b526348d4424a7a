using System.Collections.Immutable;
using DigitalTrade.Model.World;

namespace DigitalTrade.Scenarios.Data;

/// <summary>The countries of a countries.csv: those read without a problem, and every code the file names.</summary>
internal sealed record CountryData(ImmutableArray<CountryProfile> Countries, IReadOnlySet<string> Codes);

/// <summary>
/// Reads countries.csv (DESIGN §5.2; columns documented in scenarios/data/sources.md) into country
/// profiles, checking every value: numbers, ranges, ISO3 codes and duplicates.
/// </summary>
internal static class CountryDataReader
{
    public static readonly IReadOnlyList<string> RequiredColumns =
    [
        "iso3", "name", "sco_status", "gdp_usd_bn", "population_m", "lat", "lon",
        "internet_users_pct", "fixed_broadband_per100", "rcep_member",
    ];

    /// <summary>The post-Tianjin two-way status (member / partner), preferred to sco_status when present.</summary>
    private const string UnifiedStatus = "sco_status_2025_unified";

    public static CountryData? Read(string fullPath, string displayPath, SourcePosition referencedAt, List<ScenarioIssue> issues)
    {
        var table = CsvTable.Read(fullPath, displayPath, RequiredColumns, referencedAt, issues);
        if (table is null)
        {
            return null;
        }

        var countries = new List<CountryProfile>();
        var firstLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in table.Records)
        {
            var iso3Cell = table.Cell(record, "iso3");
            if (CellValues.TryIso3(iso3Cell, issues, out var iso3) && !firstLines.TryAdd(iso3, record.Line))
            {
                issues.Add(iso3Cell.Issue("data.duplicate", $"duplicate iso3 '{iso3}' (first on line {firstLines[iso3]})"));
                continue;
            }

            if (ReadProfile(table, record, iso3, issues) is { } profile && firstLines.ContainsKey(iso3))
            {
                countries.Add(profile);
            }
        }

        return new CountryData([.. countries], firstLines.Keys.ToHashSet(StringComparer.Ordinal));
    }

    private static CountryProfile? ReadProfile(CsvTable table, CsvRecord record, string iso3, List<ScenarioIssue> issues)
    {
        var statusCell = table.HasColumn(UnifiedStatus) && !table.Cell(record, UnifiedStatus).IsEmpty
            ? table.Cell(record, UnifiedStatus)
            : table.Cell(record, "sco_status");

        // Every check runs, so that one bad row reports all its problems at once.
        var ok = CellValues.TryText(table.Cell(record, "name"), issues, out var name);
        ok &= CellValues.TryText(statusCell, issues, out var status);
        ok &= Positive(table.Cell(record, "gdp_usd_bn"), issues, out var gdp);
        ok &= Positive(table.Cell(record, "population_m"), issues, out var population);
        ok &= Ranged(table.Cell(record, "lat"), -90, 90, optional: false, issues, out var latitude);
        ok &= Ranged(table.Cell(record, "lon"), -180, 180, optional: false, issues, out var longitude);
        ok &= Ranged(table.Cell(record, "internet_users_pct"), 0, 100, optional: true, issues, out var internet);
        ok &= Ranged(table.Cell(record, "fixed_broadband_per100"), 0, double.PositiveInfinity, optional: true, issues, out var broadband);
        ok &= CellValues.TryBoolean(table.Cell(record, "rcep_member"), issues, out var rcep);
        return ok
            ? new CountryProfile(iso3, name, status, gdp, population, latitude!.Value, longitude!.Value, internet, broadband, rcep)
            : null;
    }

    private static bool Positive(CsvCell cell, List<ScenarioIssue> issues, out double value)
    {
        value = 0;
        if (!CellValues.TryNumber(cell, optional: false, issues, out var number)
            || !CellValues.InRange(cell, number!.Value, 0, double.PositiveInfinity, minExclusive: true, issues))
        {
            return false;
        }

        value = number.Value;
        return true;
    }

    private static bool Ranged(CsvCell cell, double min, double max, bool optional, List<ScenarioIssue> issues, out double? value) =>
        CellValues.TryNumber(cell, optional, issues, out value)
        && (value is null || CellValues.InRange(cell, value.Value, min, max, minExclusive: false, issues));
}
