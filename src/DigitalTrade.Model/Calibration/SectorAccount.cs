namespace DigitalTrade.Model.Calibration;

/// <summary>A region's trade in one sector of the observed baseline, USD bn, and where its margins come from.</summary>
/// <param name="Sector">The sector.</param>
/// <param name="ExportsUsdBn">Sales to the other regions.</param>
/// <param name="ImportsUsdBn">Purchases from the other regions.</param>
/// <param name="DomesticUsdBn">Sales to itself (for ROW, also trade within the rest of the world).</param>
/// <param name="ExportsSource">Where the export margin comes from.</param>
/// <param name="ImportsSource">Where the import margin comes from.</param>
/// <param name="ExportsYear">The data year of the export margin (null when imputed or a residual).</param>
/// <param name="ImportsYear">The data year of the import margin (null when imputed or a residual).</param>
public sealed record SectorAccount(
    BaselineSector Sector,
    double ExportsUsdBn,
    double ImportsUsdBn,
    double DomesticUsdBn,
    MarginSource ExportsSource,
    MarginSource ImportsSource,
    int? ExportsYear,
    int? ImportsYear);
