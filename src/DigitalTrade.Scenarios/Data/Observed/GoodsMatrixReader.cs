using DigitalTrade.Model.Calibration;

namespace DigitalTrade.Scenarios.Data.Observed;

/// <summary>
/// Reads a DOTS goods matrix such as goods_matrix_2019_usd_mn.csv: the first column <c>exporter\importer</c>
/// holds the exporter, every other column is an importer (ISO3 or ROW), cells are USD mn and empty where the
/// source has no value. Every exporter needs a row and every row a column; a country's own cell must be empty.
/// Values are converted to USD bn.
/// </summary>
internal static class GoodsMatrixReader
{
    public const string CornerColumn = "exporter\\importer";

    public static GoodsMatrix? Read(string fullPath, string displayPath, int year, IReadOnlySet<(int, string, string)> imfEstimates, List<ScenarioIssue> issues)
    {
        var at = new SourcePosition(displayPath, 1, 1);
        var table = CsvTable.Read(fullPath, displayPath, [CornerColumn, ObservedData.RestOfWorld], at, issues);
        if (table is null)
        {
            return null;
        }

        var before = issues.Count;
        var regions = table.Headers.Skip(1).ToList();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < regions.Count; c++)
        {
            if (!(regions[c].Length == 3 && regions[c].All(char.IsAsciiLetterUpper)) || !columns.TryAdd(regions[c], c))
            {
                issues.Add(at.Issue("data.header", $"column '{regions[c]}' must be a distinct ISO3 code or ROW"));
            }
        }

        if (table.Headers[0] != CornerColumn)
        {
            issues.Add(at.Issue("data.header", $"the first column must be '{CornerColumn}', got '{table.Headers[0]}'"));
        }

        var n = regions.Count;
        var values = new double?[n, n];
        var estimates = new bool[n, n];
        var rowLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in table.Records)
        {
            var exporterCell = record.Cells[0];
            if (!CellValues.TryIso3(exporterCell, issues, out var exporter))
            {
                continue;
            }

            if (!columns.TryGetValue(exporter, out var i))
            {
                issues.Add(exporterCell.Issue("data.unknown-region", $"exporter {exporter} has no column"));
                continue;
            }

            if (!rowLines.TryAdd(exporter, record.Line))
            {
                issues.Add(exporterCell.Issue("data.duplicate", $"duplicate exporter '{exporter}' (first on line {rowLines[exporter]})"));
                continue;
            }

            for (var j = 0; j < n; j++)
            {
                ReadCell(record.Cells[j + 1], exporter, regions[j], year, imfEstimates, values, estimates, (i, j), issues);
            }
        }

        foreach (var missing in regions.Where(r => !rowLines.ContainsKey(r)))
        {
            issues.Add(at.Issue("data.missing-row", $"importer {missing} has no exporter row"));
        }

        return issues.Count > before ? null : new GoodsMatrix(year, regions, values, estimates);
    }

    private static void ReadCell(
        CsvCell cell, string exporter, string importer, int year, IReadOnlySet<(int, string, string)> imfEstimates,
        double?[,] values, bool[,] estimates, (int I, int J) at, List<ScenarioIssue> issues)
    {
        if (!CellValues.TryNumber(cell, optional: true, issues, out var value) || value is not { } v)
        {
            return;
        }

        if (exporter == importer && exporter != ObservedData.RestOfWorld)
        {
            issues.Add(cell.Issue("data.domestic-cell", $"{exporter}'s own cell must be empty: DOTS has no domestic sales"));
            return;
        }

        if (CellValues.InRange(cell, v, 0, double.PositiveInfinity, minExclusive: false, issues))
        {
            values[at.I, at.J] = v / 1000.0;
            estimates[at.I, at.J] = imfEstimates.Contains((year, exporter, importer));
        }
    }
}
