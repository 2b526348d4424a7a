using System.Collections.Immutable;

namespace DigitalTrade.Model.Parameters;

/// <summary>
/// Every parameter of the model with its documented default. Sources and sweep ranges are in
/// docs/parameters.md; a scenario's <c>parameters:</c> block overrides any of them.
/// </summary>
public sealed record ModelParameters
{
    /// <summary>The country whose inward multilateral resistance is the numeraire (P = 1).</summary>
    public string ReferenceCountry { get; init; } = "CHN";

    /// <summary>Trade elasticity θ per sector (Simonovska and Waugh 2014: "roughly four").</summary>
    public SectorValues Theta { get; init; } = new(4.0, 4.0, 4.0);

    /// <summary>Share of GDP produced in each traded sector (assumptions; the rest is not traded).</summary>
    public SectorValues OutputShare { get; init; } = new(0.25, 0.03, 0.05);

    /// <summary>Coefficients of the trade-cost function, in the PPML scale of ln T = −θ ln t.</summary>
    public TradeCostCoefficients TradeCosts { get; init; } = new();

    /// <summary>Distance-based latency until the network model arrives.</summary>
    public LatencyParameters Latency { get; init; } = new();

    /// <summary>Growth of endowments between rounds.</summary>
    public GrowthParameters Growth { get; init; } = new();

    /// <summary>Stopping rule of the equilibrium solver.</summary>
    public SolverParameters Solver { get; init; } = new();
}

/// <summary>Trade-cost coefficients (DESIGN §5.3), applied to every sector.</summary>
public sealed record TradeCostCoefficients
{
    /// <summary>Distance elasticity, Yotov et al. (2016) second stage: ln DIST −0.848.</summary>
    public double Distance { get; init; } = -0.85;

    /// <summary>Contiguity, Yotov et al. (2016): 0.294.</summary>
    public double Contiguity { get; init; } = 0.29;

    /// <summary>Common official language, Yotov et al. (2016): 0.363.</summary>
    public double CommonLanguage { get; init; } = 0.36;

    /// <summary>
    /// International border, relative to a domestic flow over <see cref="ReferenceDistanceKm"/>;
    /// calibrated to the AGTPA 2006 data with the three coefficients above (docs/parameters.md).
    /// </summary>
    public double Border { get; init; } = -1.745;

    /// <summary>
    /// Distance at which an international flow bears no distance cost relative to domestic
    /// flows (T_ii = 1): the geometric mean internal distance of the AGTPA 2006 data.
    /// </summary>
    public double ReferenceDistanceKm { get; init; } = 182.2;
}

/// <summary>Round-trip latency from distance: 2 · d · route factor / fibre speed.</summary>
public sealed record LatencyParameters
{
    /// <summary>Speed of light in fibre, km per ms one way (c / 1.47 ≈ 204).</summary>
    public double FibreKmPerMs { get; init; } = 200.0;

    /// <summary>Route length over great-circle distance (assumption, 1.2–2.0).</summary>
    public double RouteFactor { get; init; } = 1.5;
}

/// <summary>Growth of endowments: a trend rate and a seeded country shock.</summary>
public sealed record GrowthParameters
{
    /// <summary>Annual real growth rate of every endowment (assumption, 0–0.07).</summary>
    public double AnnualRate { get; init; } = 0.03;

    /// <summary>Annual rates for named countries, overriding <see cref="AnnualRate"/>.</summary>
    public ImmutableSortedDictionary<string, double> AnnualRateByCountry { get; init; } =
        ImmutableSortedDictionary<string, double>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Standard deviation of the annual log growth shock (assumption, 0–0.03).</summary>
    public double ShockSdAnnual { get; init; } = 0.01;
}

/// <summary>Convergence settings of the equilibrium solver.</summary>
public sealed record SolverParameters
{
    /// <summary>Largest relative margin residual accepted.</summary>
    public double Tolerance { get; init; } = 1e-12;

    /// <summary>Iterations after which the solver gives up with an error.</summary>
    public int MaxIterations { get; init; } = 10_000;
}
