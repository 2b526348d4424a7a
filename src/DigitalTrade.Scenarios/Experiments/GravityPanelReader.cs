using System.Collections.Immutable;
using DigitalTrade.Model.Experiments;
using DigitalTrade.Scenarios.Data;

namespace DigitalTrade.Scenarios.Experiments;

/// <summary>The names of a panel's required columns in its CSV file; without a pair id column the symmetric pair is derived from the codes.</summary>
internal sealed record PanelColumns(string Exporter, string Importer, string Year, string Flow, string? PairId);

/// <summary>
/// Reads a CSV of bilateral flows into a <see cref="GravityPanel"/>: codes, years, non-negative flows,
/// the symmetric pair id (read, or derived from the codes when the file has none) and the numeric
/// columns that the experiment's covariates need. Problems are
/// reported at their cell; after <see cref="MaxIssues"/> of them the rest are counted, not listed.
/// </summary>
internal static class GravityPanelReader
{
    public const int MaxIssues = 50;

    public static GravityPanel? Read(
        string fullPath, string displayPath, SourcePosition referencedAt, PanelColumns names, IReadOnlyCollection<string> numericColumns, List<ScenarioIssue> issues)
    {
        var required = new[] { names.Exporter, names.Importer, names.Year, names.Flow, names.PairId }.OfType<string>().Concat(numericColumns).Distinct().ToList();
        var table = CsvTable.Read(fullPath, displayPath, required, referencedAt, issues);
        if (table is null)
        {
            return null;
        }

        var found = new List<ScenarioIssue>();
        int n = table.Records.Count, bad = 0;
        var exporter = new string[n];
        var importer = new string[n];
        var year = new int[n];
        var flow = new double[n];
        var pair = new int[n];
        var columns = numericColumns.ToDictionary(c => c, _ => new double[n], StringComparer.Ordinal);
        for (var r = 0; r < n; r++)
        {
            var record = table.Records[r];
            var ok = CellValues.TryIso3(table.Cell(record, names.Exporter), found, out exporter[r]);
            ok &= CellValues.TryIso3(table.Cell(record, names.Importer), found, out importer[r]);
            ok &= TryWhole(table.Cell(record, names.Year), found, out year[r]);
            if (names.PairId is not null)
            {
                ok &= TryWhole(table.Cell(record, names.PairId), found, out pair[r]);
            }

            var flowCell = table.Cell(record, names.Flow);
            if (CellValues.TryNumber(flowCell, optional: false, found, out var value) && CellValues.InRange(flowCell, value!.Value, 0, double.PositiveInfinity, false, found))
            {
                flow[r] = value.Value;
            }
            else
            {
                ok = false;
            }

            foreach (var (column, values) in columns)
            {
                if (CellValues.TryNumber(table.Cell(record, column), optional: false, found, out var number))
                {
                    values[r] = number!.Value;
                }
                else
                {
                    ok = false;
                }
            }

            bad += ok ? 0 : 1;
        }

        issues.AddRange(found.Take(MaxIssues));
        if (found.Count > MaxIssues)
        {
            issues.Add(new ScenarioIssue(displayPath, 1, 1, "data.more-issues", $"{found.Count - MaxIssues} more problems in {bad} rows are not listed"));
        }

        return found.Count > 0 ? null : new GravityPanel(
            [.. exporter], [.. importer], [.. year], [.. flow], [.. names.PairId is null ? GravityPanel.SymmetricPairIds(exporter, importer) : pair],
            columns.ToImmutableDictionary(c => c.Key, c => c.Value.ToImmutableArray(), StringComparer.Ordinal));
    }

    private static bool TryWhole(CsvCell cell, List<ScenarioIssue> issues, out int value)
    {
        value = 0;
        if (CellValues.TryNumber(cell, optional: false, issues, out var number) && number is { } x && x == Math.Floor(x) && Math.Abs(x) < int.MaxValue)
        {
            value = (int)x;
            return true;
        }

        if (number is not null)
        {
            issues.Add(cell.Issue("data.not-an-integer", $"{cell.Column} '{cell.Text}' is not a whole number"));
        }

        return false;
    }
}
