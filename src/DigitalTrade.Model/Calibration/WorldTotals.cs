using System.Collections.Immutable;

namespace DigitalTrade.Model.Calibration;

/// <summary>
/// World aggregates by year, USD bn: GDP (World Bank WDI), merchandise exports and commercial services
/// exports (WTO). The rest of the world is these less the regions'.
/// </summary>
public sealed record WorldTotals(
    ImmutableSortedDictionary<int, double> GdpUsdBn,
    ImmutableSortedDictionary<int, double> MerchandiseExportsUsdBn,
    ImmutableSortedDictionary<int, double> CommercialServicesExportsUsdBn)
{
    /// <summary>No world totals.</summary>
    public static WorldTotals None { get; } = new(
        ImmutableSortedDictionary<int, double>.Empty, ImmutableSortedDictionary<int, double>.Empty, ImmutableSortedDictionary<int, double>.Empty);
}
