using DigitalTrade.Model.Calibration;

namespace DigitalTrade.Scenarios.Data.Observed;

/// <summary>The WDI series the observed baseline reads, USD bn.</summary>
internal sealed record WdiSeries(YearSeries Gdp, YearSeries GoodsServicesExports, YearSeries GoodsServicesImports, YearSeries MerchandiseExports, YearSeries MerchandiseImports);

/// <summary>
/// Reads macro_trade_wdi_long.csv (one row per country, indicator and year; values in current USD, or percent
/// for the ratio indicators, which are not read): GDP, exports and imports of goods and services (the derived
/// USD rows) and merchandise exports and imports. Empty values are "not in the source"; values become USD bn.
/// </summary>
internal static class WdiReader
{
    public const string Gdp = "NY.GDP.MKTP.CD";
    public const string GoodsServicesExports = "DERIVED.EXP.GNFS.CD";
    public const string GoodsServicesImports = "DERIVED.IMP.GNFS.CD";
    public const string MerchandiseExports = "TX.VAL.MRCH.CD.WT";
    public const string MerchandiseImports = "TM.VAL.MRCH.CD.WT";

    public static readonly IReadOnlyList<string> RequiredColumns = ["iso3", "indicator", "year", "value"];

    private static readonly string[] Indicators = [Gdp, GoodsServicesExports, GoodsServicesImports, MerchandiseExports, MerchandiseImports];

    public static WdiSeries? Read(string fullPath, string displayPath, List<ScenarioIssue> issues)
    {
        var table = CsvTable.Read(fullPath, displayPath, RequiredColumns, new SourcePosition(displayPath, 1, 1), issues);
        if (table is null)
        {
            return null;
        }

        var before = issues.Count;
        var entries = Indicators.ToDictionary(i => i, _ => new List<(string, int, double)>(), StringComparer.Ordinal);
        var firstLines = new Dictionary<(string, string, int), int>();
        foreach (var record in table.Records)
        {
            var indicator = table.Cell(record, "indicator").Text.Trim();
            var valueCell = table.Cell(record, "value");
            if (!entries.TryGetValue(indicator, out var list) || valueCell.IsEmpty)
            {
                continue;
            }

            var ok = CellValues.TryIso3(table.Cell(record, "iso3"), issues, out var iso3);
            ok &= CellValues.TryYear(table.Cell(record, "year"), issues, out var year);
            ok &= CellValues.TryNumber(valueCell, optional: false, issues, out var value)
                && CellValues.InRange(valueCell, value!.Value, 0, double.PositiveInfinity, minExclusive: indicator == Gdp, issues);
            if (!ok)
            {
                continue;
            }

            if (!firstLines.TryAdd((iso3, indicator, year), record.Line))
            {
                issues.Add(valueCell.Issue("data.duplicate", $"duplicate {iso3} {indicator} {year} (first on line {firstLines[(iso3, indicator, year)]})"));
                continue;
            }

            list.Add((iso3, year, value!.Value / 1e9));
        }

        return issues.Count > before ? null : new WdiSeries(
            new YearSeries(entries[Gdp]),
            new YearSeries(entries[GoodsServicesExports]),
            new YearSeries(entries[GoodsServicesImports]),
            new YearSeries(entries[MerchandiseExports]),
            new YearSeries(entries[MerchandiseImports]));
    }
}
