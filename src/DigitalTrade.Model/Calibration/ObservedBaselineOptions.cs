namespace DigitalTrade.Model.Calibration;

/// <summary>
/// The choices of the observed baseline (docs/model.md, "The observed baseline", where each default is cited
/// or labelled an assumption with a range).
/// </summary>
public sealed record ObservedBaselineOptions
{
    /// <summary>The year whose totals the baseline matches; 2024 projects the pattern year's matrix onto them.</summary>
    public int BaselineYear { get; init; } = 2024;

    /// <summary>The DOTS year whose bilateral goods pattern the baseline starts from.</summary>
    public int PatternYear { get; init; } = 2019;

    /// <summary>Imports CIF over imports FOB: the IMF's DOTS factor 1.06 (DOTS Yearbook 2017).</summary>
    public double CifFobFactor { get; init; } = 1.06;

    /// <summary>
    /// δ of the services gravity fill x_ij ∝ Y_i Y_j d_ij^(−δ): 1, the brief distance decay of Head, Mayer and
    /// Ries (2009), who find services "subject to strong distance effects" like goods. Range 0.5–1.5.
    /// </summary>
    public double ServicesDistanceElasticity { get; init; } = 1.0;

    /// <summary>δ for goods cells of a country without DOTS data: 0.85, Yotov et al. (2016), ln DIST −0.8475.</summary>
    public double GoodsDistanceElasticity { get; init; } = 0.85;

    /// <summary>
    /// Distance to the rest of the world when the data cannot place it (no goods data at all), km:
    /// **assumption**, 7,000 (about Beijing–Frankfurt); range 3,000–11,000.
    /// </summary>
    public double DefaultRestOfWorldDistanceKm { get; init; } = 7000.0;

    /// <summary>
    /// Gross output over GDP, so that domestic sales = ρ·GDP − exports: 1.8, the US ratio in BEA's gross output
    /// by industry (2022: USD 46 tn against a GDP of 25.5 tn); range 1.6–2.6 (more manufacturing, higher ρ).
    /// </summary>
    public double GrossOutputToGdp { get; init; } = 1.8;

    /// <summary>Goods' share of domestic sales: **assumption** 0.40, range 0.30–0.50.</summary>
    public double DomesticShareGoods { get; init; } = 0.40;

    /// <summary>Digitally deliverable services' share of domestic sales: **assumption** 0.15, range 0.10–0.25.</summary>
    public double DomesticShareDigital { get; init; } = 0.15;

    /// <summary>Largest relative gap of any margin at which RAS stops.</summary>
    public double RasTolerance { get; init; } = 1e-10;

    /// <summary>RAS sweeps after which it reports that the margins cannot be met.</summary>
    public int RasMaxIterations { get; init; } = 100_000;

    /// <summary>Other services' share of domestic sales: the remainder, 0.45 by default.</summary>
    public double DomesticShareOtherServices => 1.0 - DomesticShareGoods - DomesticShareDigital;

    /// <summary>The domestic share of a sector.</summary>
    public double DomesticShare(BaselineSector sector) => sector switch
    {
        BaselineSector.Goods => DomesticShareGoods,
        BaselineSector.Digital => DomesticShareDigital,
        _ => DomesticShareOtherServices,
    };

    /// <summary>Throws when a value is outside its domain.</summary>
    public void Validate()
    {
        Require(CifFobFactor >= 1 && double.IsFinite(CifFobFactor), "the CIF/FOB factor must be at least 1");
        Require(ServicesDistanceElasticity > 0 && double.IsFinite(ServicesDistanceElasticity), "the services distance elasticity must be positive");
        Require(GoodsDistanceElasticity > 0 && double.IsFinite(GoodsDistanceElasticity), "the goods distance elasticity must be positive");
        Require(DefaultRestOfWorldDistanceKm > 0 && double.IsFinite(DefaultRestOfWorldDistanceKm), "the default distance to the rest of the world must be positive");
        Require(GrossOutputToGdp >= 1 && double.IsFinite(GrossOutputToGdp), "gross output over GDP must be at least 1");
        Require(DomesticShareGoods >= 0 && DomesticShareDigital >= 0 && DomesticShareOtherServices >= -1e-12, "domestic shares must be non-negative and sum to at most 1");
        Require(RasTolerance > 0 && RasMaxIterations > 0, "RAS needs a positive tolerance and iteration count");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException($"observed baseline options: {message}");
        }
    }
}
