namespace DigitalTrade.Model.Equilibrium;

/// <summary>
/// One country's row of the general-equilibrium report, in percent, ALWAYS as the change from the
/// baseline to the counterfactual: 100·(new/old − 1), price 100·(p̂ − 1) (gravity-methods.md §6 B).
/// For a scenario that removes something (borders, NAFTA) this is the effect of removing it.
/// </summary>
/// <remarks>
/// The book's NAFTA table (§6 A) reports the opposite direction, the "effect of NAFTA" =
/// baseline relative to the no-NAFTA counterfactual: 100·(old/new − 1) for exports, IMR, OMR and
/// real GDP, and 100·(1 − p̂) for the price (not 100·(1/p̂ − 1): the do-file computes it so).
/// <see cref="AsEffectOfBaseline"/> converts a row to that convention.
/// </remarks>
/// <param name="Country">Index of the country in the input matrices.</param>
/// <param name="ExportsCdlPct">exports_cdl_pct: international exports, conditional GE.</param>
/// <param name="ExportsFullPct">exports_full_pct: international exports, full-endowment GE.</param>
/// <param name="PriceFullPct">price_full_pct: factory-gate price, 100·(p̂ − 1).</param>
/// <param name="ImrCdlPct">imr_cdl_pct: inward multilateral resistance index P, conditional GE.</param>
/// <param name="ImrFullPct">imr_full_pct: inward multilateral resistance index P, full-endowment GE.</param>
/// <param name="OmrCdlPct">omr_cdl_pct: outward resistance index including world output, conditional GE.</param>
/// <param name="OmrFullPct">omr_full_pct: outward resistance index including world output, full-endowment GE.</param>
/// <param name="RealGdpFullPct">real_gdp_full_pct: real GDP Y/P, full-endowment GE.</param>
/// <param name="WelfarePct">welfare_pct: welfare as the solver defines it (<see cref="GeChangeRatios.Welfare"/>), full-endowment GE.</param>
public sealed record CountryChange(
    int Country,
    double ExportsCdlPct,
    double ExportsFullPct,
    double PriceFullPct,
    double ImrCdlPct,
    double ImrFullPct,
    double OmrCdlPct,
    double OmrFullPct,
    double RealGdpFullPct,
    double WelfarePct)
{
    /// <summary>
    /// The same row in the book's NAFTA-table convention (§6 A), the effect of the baseline policy
    /// relative to the counterfactual: x ↦ 100·(100/(100 + x) − 1) for every ratio column (welfare included) and
    /// x ↦ −x for the price, 100·(1 − p̂).
    /// </summary>
    public CountryChange AsEffectOfBaseline() =>
        new(
            Country,
            Invert(ExportsCdlPct),
            Invert(ExportsFullPct),
            -PriceFullPct,
            Invert(ImrCdlPct),
            Invert(ImrFullPct),
            Invert(OmrCdlPct),
            Invert(OmrFullPct),
            Invert(RealGdpFullPct),
            Invert(WelfarePct));

    private static double Invert(double percent) => 100.0 * ((100.0 / (100.0 + percent)) - 1.0);
}
