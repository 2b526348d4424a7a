using System.Collections.Immutable;
using DigitalTrade.Model.Calibration;

namespace DigitalTrade.Scenarios.Data.Observed;

/// <summary>
/// Reads world_aggregates.csv (indicator, year, value_usd_bn, with quality, source and quote for people):
/// world GDP, world merchandise trade (exports) and world commercial services trade. Rows without a value
/// (context such as a growth rate over a period) and other indicators are skipped.
/// </summary>
internal static class WorldAggregatesReader
{
    public const string WorldGdp = "world_gdp";
    public const string WorldMerchandise = "world_merchandise_trade";
    public const string WorldCommercialServices = "world_commercial_services_trade";

    public static readonly IReadOnlyList<string> RequiredColumns = ["indicator", "year", "value_usd_bn"];

    public static WorldTotals? Read(string fullPath, string displayPath, List<ScenarioIssue> issues)
    {
        var table = CsvTable.Read(fullPath, displayPath, RequiredColumns, new SourcePosition(displayPath, 1, 1), issues);
        if (table is null)
        {
            return null;
        }

        var before = issues.Count;
        var values = new[] { WorldGdp, WorldMerchandise, WorldCommercialServices }
            .ToDictionary(i => i, _ => new SortedDictionary<int, double>(), StringComparer.Ordinal);
        foreach (var record in table.Records)
        {
            var valueCell = table.Cell(record, "value_usd_bn");
            if (!values.TryGetValue(table.Cell(record, "indicator").Text.Trim(), out var years) || valueCell.IsEmpty)
            {
                continue;
            }

            var yearCell = table.Cell(record, "year");
            var ok = CellValues.TryYear(yearCell, issues, out var year);
            ok &= CellValues.TryNumber(valueCell, optional: false, issues, out var value)
                && CellValues.InRange(valueCell, value!.Value, 0, double.PositiveInfinity, minExclusive: true, issues);
            if (ok && !years.TryAdd(year, value!.Value))
            {
                issues.Add(yearCell.Issue("data.duplicate", $"a second value for {table.Cell(record, "indicator").Text.Trim()} {year}"));
            }
        }

        return issues.Count > before ? null : new WorldTotals(
            values[WorldGdp].ToImmutableSortedDictionary(),
            values[WorldMerchandise].ToImmutableSortedDictionary(),
            values[WorldCommercialServices].ToImmutableSortedDictionary());
    }
}
