namespace DigitalTrade.Scenarios.Data.Observed;

/// <summary>
/// Reads the IMF estimate flags of goods_exports_dots_long.csv (one row per year, exporter and importer; flag
/// <c>e</c> = estimated by the IMF from partner data, empty = reported): the cells a goods matrix marks as mirror data.
/// </summary>
internal static class DotsFlagReader
{
    public static readonly IReadOnlyList<string> RequiredColumns = ["year", "exporter_iso3", "importer_iso3", "value_usd_mn", "flag"];

    public static HashSet<(int, string, string)>? Read(string fullPath, string displayPath, List<ScenarioIssue> issues)
    {
        var table = CsvTable.Read(fullPath, displayPath, RequiredColumns, new SourcePosition(displayPath, 1, 1), issues);
        if (table is null)
        {
            return null;
        }

        var before = issues.Count;
        var estimates = new HashSet<(int, string, string)>();
        var firstLines = new Dictionary<(int, string, string), int>();
        foreach (var record in table.Records)
        {
            var flagCell = table.Cell(record, "flag");
            var ok = CellValues.TryYear(table.Cell(record, "year"), issues, out var year);
            ok &= CellValues.TryIso3(table.Cell(record, "exporter_iso3"), issues, out var exporter);
            ok &= CellValues.TryIso3(table.Cell(record, "importer_iso3"), issues, out var importer);
            ok &= CellValues.TryNumber(table.Cell(record, "value_usd_mn"), optional: true, issues, out _);
            if (flagCell.Text.Trim() is not ("" or "e"))
            {
                issues.Add(flagCell.Issue("data.flag", $"flag must be empty or 'e' (IMF estimate), got '{flagCell.Text}'"));
                ok = false;
            }

            if (!ok)
            {
                continue;
            }

            if (!firstLines.TryAdd((year, exporter, importer), record.Line))
            {
                issues.Add(table.Cell(record, "year").Issue("data.duplicate", $"duplicate {year} {exporter}→{importer} (first on line {firstLines[(year, exporter, importer)]})"));
                continue;
            }

            if (flagCell.Text.Trim() == "e")
            {
                estimates.Add((year, exporter, importer));
            }
        }

        return issues.Count > before ? null : estimates;
    }
}
