using System.Collections.Immutable;

namespace DigitalTrade.Model.Calibration;

/// <summary>One region of the observed baseline: GDP, each sector's account, and whether gravity filled it.</summary>
/// <param name="Region">ISO3 code or <c>ROW</c>.</param>
/// <param name="GdpUsdBn">GDP of the baseline year (ROW: world GDP less the regions').</param>
/// <param name="Sectors">One account per sector, in <see cref="BaselineSectors.All"/> order.</param>
/// <param name="GravityFilled">
/// True when the region has no observed bilateral goods flows or a sector's margins had to be imputed: its
/// cells (or that sector's) come from gravity, not data.
/// </param>
public sealed record RegionAccount(string Region, double GdpUsdBn, ImmutableArray<SectorAccount> Sectors, bool GravityFilled)
{
    /// <summary>Exports of all sectors.</summary>
    public double ExportsUsdBn => Sectors.Sum(s => s.ExportsUsdBn);

    /// <summary>Imports of all sectors.</summary>
    public double ImportsUsdBn => Sectors.Sum(s => s.ImportsUsdBn);

    /// <summary>Exports less imports.</summary>
    public double TradeBalanceUsdBn => ExportsUsdBn - ImportsUsdBn;

    /// <summary>The account of one sector.</summary>
    public SectorAccount Of(BaselineSector sector) => Sectors[(int)sector];
}
