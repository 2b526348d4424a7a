using System.Collections.Immutable;
using DigitalTrade.Model.Infrastructure;
using DigitalTrade.Scenarios.Validation;

namespace DigitalTrade.Scenarios.Data;

/// <summary>
/// Checks that the links of a links file join countries of the countries file. The reader does not know the
/// countries, and its links do not say where they were written, so the file is read again to report each
/// unknown code at the cell that names it.
/// </summary>
internal static class LinkCountryCheck
{
    private const string InService = "in_service";

    /// <summary>A "data.unknown-country" issue at every from/to cell of an in-service row naming a code the countries file lacks.</summary>
    public static void Check(
        string fullPath, string displayPath, ImmutableArray<NetworkLink> links, CountryData countries, string countriesFile, List<ScenarioIssue> issues)
    {
        var unknown = links.SelectMany(l => new[] { l.From, l.To }).Where(c => !countries.Codes.Contains(c)).ToHashSet(StringComparer.Ordinal);
        if (unknown.Count == 0)
        {
            return;
        }

        // Problems of the file itself were reported by the first read.
        var table = CsvTable.Read(fullPath, displayPath, LinkDataReader.RequiredColumns, new SourcePosition(displayPath, 1, 1), []);
        if (table is null)
        {
            return;
        }

        var known = countries.Codes.Order(StringComparer.Ordinal).ToList();
        foreach (var record in table.Records.Where(r => IsInService(table, r)))
        {
            foreach (var cell in new[] { table.Cell(record, "from"), table.Cell(record, "to") })
            {
                var code = cell.Text.Trim();
                if (unknown.Contains(code))
                {
                    issues.Add(cell.Issue(
                        "data.unknown-country", $"{cell.Column} '{code}' is not a country of {countriesFile}{EditDistance.Suggestion(code, known)}"));
                }
            }
        }
    }

    /// <summary>The rows the links reader reads: those without a status, or in service.</summary>
    private static bool IsInService(CsvTable table, CsvRecord record) =>
        !table.HasColumn("status") || table.Cell(record, "status").Text.Trim() is "" or InService;
}
