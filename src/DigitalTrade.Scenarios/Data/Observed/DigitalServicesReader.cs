using DigitalTrade.Model.Calibration;

namespace DigitalTrade.Scenarios.Data.Observed;

/// <summary>
/// Reads services_digitally_deliverable_unctad.csv (UNCTAD exports and imports of digitally deliverable
/// services; one row per country or WLD, flow and year, USD mn; empty where UNCTAD marks the value missing)
/// into an export and an import series in USD bn.
/// </summary>
internal static class DigitalServicesReader
{
    public static readonly IReadOnlyList<string> RequiredColumns = ["iso3", "flow", "year", "value_usd_mn"];

    public static (YearSeries Exports, YearSeries Imports)? Read(string fullPath, string displayPath, List<ScenarioIssue> issues)
    {
        var table = CsvTable.Read(fullPath, displayPath, RequiredColumns, new SourcePosition(displayPath, 1, 1), issues);
        if (table is null)
        {
            return null;
        }

        var before = issues.Count;
        var exports = new List<(string, int, double)>();
        var imports = new List<(string, int, double)>();
        var firstLines = new Dictionary<(string, string, int), int>();
        foreach (var record in table.Records)
        {
            var flowCell = table.Cell(record, "flow");
            var valueCell = table.Cell(record, "value_usd_mn");
            var flow = flowCell.Text.Trim();
            var ok = CellValues.TryIso3(table.Cell(record, "iso3"), issues, out var iso3);
            ok &= CellValues.TryYear(table.Cell(record, "year"), issues, out var year);
            if (flow is not ("exports" or "imports"))
            {
                issues.Add(flowCell.Issue("data.flow", $"flow must be exports or imports, got '{flowCell.Text}'"));
                ok = false;
            }

            ok &= CellValues.TryNumber(valueCell, optional: true, issues, out var value)
                && (value is null || CellValues.InRange(valueCell, value.Value, 0, double.PositiveInfinity, minExclusive: false, issues));
            if (!ok)
            {
                continue;
            }

            if (!firstLines.TryAdd((iso3, flow, year), record.Line))
            {
                issues.Add(flowCell.Issue("data.duplicate", $"duplicate {iso3} {flow} {year} (first on line {firstLines[(iso3, flow, year)]})"));
                continue;
            }

            if (value is { } v)
            {
                (flow == "exports" ? exports : imports).Add((iso3, year, v / 1000.0));
            }
        }

        return issues.Count > before ? null : (new YearSeries(exports), new YearSeries(imports));
    }
}
