namespace DigitalTrade.Model.Calibration;

/// <summary>Which way a reported pair figure goes.</summary>
public enum PairFlow
{
    /// <summary>Exports of both to each other.</summary>
    Turnover = 0,

    /// <summary>Country a's exports to country b (or b's imports from a).</summary>
    AToB = 1,

    /// <summary>Country b's exports to country a (or a's imports from b).</summary>
    BToA = 2,
}

/// <summary>
/// One official bilateral goods-trade figure of recent years, as a news page quotes it: the hold-out of the
/// fit table, never used by the calibration.
/// </summary>
/// <param name="IsoA">Country a.</param>
/// <param name="IsoB">Country b.</param>
/// <param name="Period">The source's own period, e.g. <c>FY2023-24 (Apr 2023-Mar 2024)</c>.</param>
/// <param name="Year">The calendar year most of the period falls in.</param>
/// <param name="ReporterBasis">Whose statistics these are.</param>
/// <param name="Flow">Turnover or one direction.</param>
/// <param name="ValueUsdBn">The figure, USD bn.</param>
/// <param name="Qualifier">The page's qualifier (<c>approx.</c>, <c>&gt;</c>), or empty.</param>
/// <param name="SourceUrl">The page.</param>
public sealed record RecentPairFigure(
    string IsoA, string IsoB, string Period, int Year, string ReporterBasis, PairFlow Flow, double ValueUsdBn, string Qualifier, string SourceUrl);
