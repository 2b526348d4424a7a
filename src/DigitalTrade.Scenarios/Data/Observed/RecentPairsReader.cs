using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using DigitalTrade.Model.Calibration;

namespace DigitalTrade.Scenarios.Data.Observed;

/// <summary>
/// Reads recent_pairs_from_pages.csv, the hold-out of the fit table: official pair figures quoted by news
/// pages. <c>flow</c> is <c>turnover</c> or starts with <c>a_to_b</c> / <c>b_to_a</c>; the year is the first
/// four-digit year of <c>period</c> (the Indian fiscal year FY2023-24, April to March, counts as 2023, which
/// holds nine of its months).
/// </summary>
internal static partial class RecentPairsReader
{
    public static readonly IReadOnlyList<string> RequiredColumns =
        ["iso3_a", "iso3_b", "period", "reporter_basis", "flow", "value_usd_bn", "qualifier", "source_url"];

    public static ImmutableArray<RecentPairFigure>? Read(string fullPath, string displayPath, List<ScenarioIssue> issues)
    {
        var table = CsvTable.Read(fullPath, displayPath, RequiredColumns, new SourcePosition(displayPath, 1, 1), issues);
        if (table is null)
        {
            return null;
        }

        var before = issues.Count;
        var figures = ImmutableArray.CreateBuilder<RecentPairFigure>();
        foreach (var record in table.Records)
        {
            var bCell = table.Cell(record, "iso3_b");
            var periodCell = table.Cell(record, "period");
            var flowCell = table.Cell(record, "flow");
            var valueCell = table.Cell(record, "value_usd_bn");
            var ok = CellValues.TryIso3(table.Cell(record, "iso3_a"), issues, out var a);
            ok &= CellValues.TryIso3(bCell, issues, out var b);
            if (ok && a == b)
            {
                issues.Add(bCell.Issue("data.self-pair", $"a pair of two different countries is expected, got {a} twice"));
                ok = false;
            }

            var year = YearOf(periodCell, issues);
            var flow = FlowOf(flowCell, issues);
            ok &= CellValues.TryNumber(valueCell, optional: false, issues, out var value)
                && CellValues.InRange(valueCell, value!.Value, 0, double.PositiveInfinity, minExclusive: true, issues);
            if (ok && year is { } y && flow is { } f)
            {
                figures.Add(new RecentPairFigure(
                    a, b, periodCell.Text.Trim(), y, table.Cell(record, "reporter_basis").Text.Trim(), f, value!.Value,
                    table.Cell(record, "qualifier").Text.Trim(), table.Cell(record, "source_url").Text.Trim()));
            }
        }

        return issues.Count > before ? null : figures.ToImmutable();
    }

    private static int? YearOf(CsvCell cell, List<ScenarioIssue> issues)
    {
        var match = Year().Match(cell.Text);
        if (match.Success)
        {
            return int.Parse(match.Value, CultureInfo.InvariantCulture);
        }

        issues.Add(cell.Issue("data.period", $"period '{cell.Text}' names no year (19xx or 20xx)"));
        return null;
    }

    private static PairFlow? FlowOf(CsvCell cell, List<ScenarioIssue> issues)
    {
        var text = cell.Text.Trim();
        if (text == "turnover")
        {
            return PairFlow.Turnover;
        }

        if (text.StartsWith("a_to_b", StringComparison.Ordinal))
        {
            return PairFlow.AToB;
        }

        if (text.StartsWith("b_to_a", StringComparison.Ordinal))
        {
            return PairFlow.BToA;
        }

        issues.Add(cell.Issue("data.flow", $"flow must be turnover, a_to_b… or b_to_a…, got '{cell.Text}'"));
        return null;
    }

    [GeneratedRegex(@"(?<!\d)(19|20)\d{2}(?!\d)")]
    private static partial Regex Year();
}
