using System.Collections.Immutable;

namespace DigitalTrade.Model.Calibration;

/// <summary>
/// Everything the observed baseline is calibrated on (docs/model.md, "The observed baseline"; the files and
/// their publishers are in scenarios/data/observed/README.md), in USD bn: the DOTS goods matrices, WDI GDP,
/// exports and imports of goods and services, WTO merchandise exports and imports, UNCTAD digitally
/// deliverable services (the world under <see cref="World"/>) and world totals. The recent official pair
/// figures are not here: they are a hold-out for the fit table only.
/// </summary>
public sealed record ObservedData(
    ImmutableArray<GoodsMatrix> Goods,
    YearSeries Gdp,
    YearSeries GoodsServicesExports,
    YearSeries GoodsServicesImports,
    YearSeries MerchandiseExports,
    YearSeries MerchandiseImports,
    YearSeries DigitalExports,
    YearSeries DigitalImports,
    WorldTotals WorldTotals)
{
    /// <summary>The code of the rest of the world.</summary>
    public const string RestOfWorld = "ROW";

    /// <summary>The code of the world aggregate in the country series.</summary>
    public const string World = "WLD";

    /// <summary>The goods matrix of a year, or null.</summary>
    public GoodsMatrix? GoodsOf(int year) => Goods.FirstOrDefault(m => m.Year == year);
}
