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

    /// <summary>
    /// Trade elasticity θ per sector (Simonovska and Waugh 2014: "roughly four"; services: the same, an assumption).
    /// E-commerce is a channel of goods, so its row takes the goods value.
    /// </summary>
    public SectorElasticities Theta { get; init; } = new(4.0, 4.0, 4.0);

    /// <summary>
    /// Share of GDP produced in the goods channels and digital services where a scenario has no observed data
    /// (assumptions); other services are the rest.
    /// </summary>
    public GdpShares OutputShare { get; init; } = new(0.25, 0.03, 0.05);

    /// <summary>The multi-sector equilibrium: imbalances, the e-commerce channel, the rest of the world's tariffs.</summary>
    public EquilibriumParameters Equilibrium { get; init; } = new();

    /// <summary>Coefficients of the trade-cost function, in the PPML scale of ln T = −θ ln t.</summary>
    public TradeCostCoefficients TradeCosts { get; init; } = new();

    /// <summary>The latency network: fibre speed, route factors, hop delays.</summary>
    public LatencyParameters Latency { get; init; } = new();

    /// <summary>The cooperation terms of trade costs: agreements, latency, barriers, mechanisms, readiness.</summary>
    public DigitalCostCoefficients DigitalCosts { get; init; } = new();

    /// <summary>Digital readiness: its start from the data and how it rises.</summary>
    public ReadinessParameters Readiness { get; init; } = new();

    /// <summary>Each state's barrier decisions and the weight of its commitments.</summary>
    public PolicyParameters Policy { get; init; } = new();

    /// <summary>Dispute settlement: procedures, filing and deterrence.</summary>
    public DisputeParameters Disputes { get; init; } = new();

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

/// <summary>
/// The latency network (DESIGN §5.5): a link's one-way latency is its route length over the speed of
/// light in fibre plus a per-hop delay; ℓ_ij is twice the shortest path. Pairs without a path over
/// the scenario's links reach each other through transit networks outside the region.
/// </summary>
public sealed record LatencyParameters
{
    /// <summary>Speed of light in fibre, km per ms one way: c / 1.468 ≈ 204 (the group index of standard single-mode fibre, ITU-T G.652).</summary>
    public double FibreKmPerMs { get; init; } = 204.0;

    /// <summary>Route length of a terrestrial link over the great-circle distance between the capitals (assumption, 1.2–2.0).</summary>
    public double TerrestrialRouteFactor { get; init; } = 1.5;

    /// <summary>Route length of a submarine link over the great-circle distance between the capitals (assumption, 1.2–3): sea routes go round the continent.</summary>
    public double SubmarineRouteFactor { get; init; } = 2.0;

    /// <summary>One-way delay added by each link for switching and exchange (assumption, 0.1–5 ms).</summary>
    public double HopDelayMs { get; init; } = 1.0;

    /// <summary>Route factor of a transit path through networks outside the region (assumption, 1.5–3).</summary>
    public double TransitRouteFactor { get; init; } = 2.0;

    /// <summary>Hops a transit path counts (assumption, 1–6).</summary>
    public double TransitHops { get; init; } = 3.0;

    /// <summary>Round-trip latency at which the latency term of trade costs is zero, ms (ℓ_ref).</summary>
    public double ReferenceMs { get; init; } = 100.0;
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

    /// <summary>
    /// Elasticity of next round's endowments to the change in the gains from trade, the real income
    /// per unit of endowment (assumption, 0–1): real-income changes from the equilibrium feed back.
    /// </summary>
    public double IncomeFeedback { get; init; } = 0.3;
}

/// <summary>
/// The cooperation terms of ln T (DESIGN §5.3), per sector in the PPML scale (a coefficient b raises
/// the flow by exp(b) − 1). Only the RTA effect has a published estimate; the rest are assumptions
/// with ranges to sweep (docs/model.md).
/// </summary>
public sealed record DigitalCostCoefficients
{
    /// <summary>RTA partial effect at full phase-in, Yotov et al. (2016): 0.557.</summary>
    public SectorValues Rta { get; init; } = new(0.557, 0.557, 0.557, 0.557);

    /// <summary>On ln(ℓ_ij / ℓ_ref), round-trip latency (assumption; Hummels–Schaur time-cost analogy).</summary>
    public SectorValues Latency { get; init; } = new(0.0, -0.1, -0.2);

    /// <summary>On the importer's sector-weighted restrictiveness against the exporter, 0–1 (assumption).</summary>
    public SectorValues Restrictiveness { get; init; } = new(0.0, -1.0, -2.0);

    /// <summary>On an e-commerce cooperation MoU between the pair (assumption: soft, small).</summary>
    public SectorValues Mou { get; init; } = new(0.0, 0.1, 0.05);

    /// <summary>On the exporter's cross-border e-commerce pilot zones (assumption).</summary>
    public SectorValues PilotZone { get; init; } = new(0.0, 0.15, 0.0);

    /// <summary>On the pair's paperless-trade adoption, the smaller of the two (assumption).</summary>
    public SectorValues Paperless { get; init; } = new(0.05, 0.1, 0.0);

    /// <summary>On interoperable payment systems between the pair (assumption).</summary>
    public SectorValues PaymentInteroperability { get; init; } = new(0.0, 0.1, 0.0);

    /// <summary>On ln R_i + ln R_j, digital readiness of both (assumption; Freund–Weinhold 2004 anchor).</summary>
    public SectorValues Readiness { get; init; } = new(0.0, 0.3, 0.5);

    /// <summary>Digital services between two countries with the same data regime, per regime (assumption; signs from Ferracane and van der Marel 2021).</summary>
    public RegimeValues RegimeSimilarity { get; init; } = new(0.2, 0.05, -0.1);

    /// <summary>Weights of the five measures in e-commerce restrictiveness (assumption).</summary>
    public MeasureWeights EcommerceWeights { get; init; } = new(0.1, 0.3, 0.3, 0.1, 0.2);

    /// <summary>Weights of the five measures in digital-services restrictiveness (equal, as an average).</summary>
    public MeasureWeights DigitalWeights { get; init; } = new(0.2, 0.2, 0.2, 0.2, 0.2);
}

/// <summary>One number per data regime.</summary>
public sealed record RegimeValues(double Open, double Conditional, double Limited)
{
    /// <summary>The value for a regime.</summary>
    public double this[Policy.DataRegime regime] => regime switch
    {
        Policy.DataRegime.Open => Open,
        Policy.DataRegime.Conditional => Conditional,
        _ => Limited,
    };
}

/// <summary>Weights of the five digital measures, in measure order.</summary>
public sealed record MeasureWeights(double Infrastructure, double ElectronicTransactions, double Payments, double DataFlows, double Other)
{
    /// <summary>The weight of the digital measure with the given index.</summary>
    public double this[int measure] => measure switch
    {
        0 => Infrastructure,
        1 => ElectronicTransactions,
        2 => Payments,
        3 => DataFlows,
        4 => Other,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "not a digital measure"),
    };
}

/// <summary>
/// Digital readiness R ∈ (0, 1] (DESIGN §5.5): it starts from internet use and fixed broadband and
/// rises towards 1 with a yearly catch-up, investment and capacity building, with diminishing returns.
/// </summary>
public sealed record ReadinessParameters
{
    /// <summary>Weight of internet users (share of population) in the starting readiness (assumption).</summary>
    public double InternetWeight { get; init; } = 0.7;

    /// <summary>Weight of fixed broadband (relative to saturation) in the starting readiness (assumption).</summary>
    public double BroadbandWeight { get; init; } = 0.3;

    /// <summary>Subscriptions per 100 people that count as full broadband (the data's maximum is 38.2, UAE).</summary>
    public double BroadbandSaturationPer100 { get; init; } = 40.0;

    /// <summary>Lowest readiness, so ln R stays finite (assumption).</summary>
    public double Floor { get; init; } = 0.05;

    /// <summary>Share of the gap to full readiness closed each year without policy (assumption, 0–0.05).</summary>
    public double CatchUpAnnual { get; init; } = 0.02;

    /// <summary>Gap-closing rate per unit of investment as a share of GDP (assumption: 1% of GDP closes 18% of the gap).</summary>
    public double InvestmentEfficiency { get; init; } = 20.0;

    /// <summary>Gap-closing rate per person trained per million inhabitants (assumption).</summary>
    public double TrainingEfficiency { get; init; } = 0.002;

    /// <summary>Elasticity of digital-sector productivity to readiness (assumption, 0–1).</summary>
    public double ProductivityElasticity { get; init; } = 0.5;
}

/// <summary>
/// Policy behaviour (DESIGN §5.6): each round, for each digital measure, a state scores domestic
/// pressure, sovereignty, reciprocity and a shock; it raises the measure by a step when the score
/// passes the threshold and lowers it when the score falls below minus the threshold. Raising it against
/// a partner it is bound towards also weighs the expected cost of breaking the commitment.
/// All weights are assumptions, to be swept.
/// </summary>
public sealed record PolicyParameters
{
    /// <summary>
    /// False freezes every state's barriers at their scenario values (no decisions, so no commitment rulings or
    /// disputes from them), so a scenario's pure trade effect can be read; events still change barriers.
    /// </summary>
    public bool Endogenous { get; init; } = true;

    /// <summary>Score per percentage point change in import penetration of the digital sectors (a fall lowers the score).</summary>
    public double PressureWeight { get; init; } = 1.0;

    /// <summary>
    /// Score removed per percent rise in the state's gains from trade (real income per unit of endowment) over the
    /// last round: openness that pays pushes towards liberalisation, a loss towards restriction (assumption, 0–5).
    /// </summary>
    public double GainsWeight { get; init; } = 1.0;

    /// <summary>Score per unit of sovereignty preference above 0.5.</summary>
    public double SovereigntyWeight { get; init; } = 1.0;

    /// <summary>Score per unit of restrictiveness partners raised against the state last round (averaged over partners).</summary>
    public double ReciprocityWeight { get; init; } = 10.0;

    /// <summary>Standard deviation of the seeded score shock.</summary>
    public double ShockSd { get; init; } = 0.5;

    /// <summary>Score beyond which a state changes a measure.</summary>
    public double Threshold { get; init; } = 1.0;

    /// <summary>Change of a measure's level in one decision, 0–1 scale.</summary>
    public double Step { get; init; } = 0.02;

    /// <summary>
    /// Expected cost of breaking a commitment covered by dispute settlement, in score units, where a run has no
    /// dispute procedures to derive it from (scenario runs always do: see <see cref="DisputeParameters"/>).
    /// </summary>
    public double EnforcedCommitmentCost { get; init; } = 2.0;

    /// <summary>Expected cost of breaking a commitment no dispute settlement covers (near zero).</summary>
    public double UnenforcedCommitmentCost { get; init; } = 0.1;
}

/// <summary>
/// The multi-sector equilibrium of each round (docs/model.md, "The equilibrium"): how trade deficits are held,
/// how goods trade splits between its conventional and e-commerce channels, and the tariffs of the rest of the
/// world, whose policy the scenario does not model.
/// </summary>
public sealed record EquilibriumParameters
{
    /// <summary>How deficits are held: fixed in the numeraire (additive, as in ge_gravity) or as a share of income (multiplicative).</summary>
    public Equilibrium.ImbalanceClosure Imbalances { get; init; } = Equilibrium.ImbalanceClosure.Additive;

    /// <summary>
    /// Share of each international goods flow that takes the cross-border e-commerce channel at round 0: 0.057, China's
    /// cross-border e-commerce (2.38 tn yuan) over its goods trade (41.76 tn yuan) in 2023 (General Administration of
    /// Customs of China, January 2024); range 0.02–0.10.
    /// </summary>
    public double EcommerceShare { get; init; } = 0.057;

    /// <summary>
    /// η, how far buyers shift between a pair's two channels of goods trade when one becomes cheaper (the elasticity of
    /// substitution between channels minus one): **assumption** 2, range 0.5–9.
    /// </summary>
    public double ChannelElasticity { get; init; } = 2.0;

    /// <summary>
    /// The rest of the world's ad valorem tariff on goods from the scenario's countries, both channels: **assumption**
    /// 0.03, about the trade-weighted applied tariffs of the large economies outside the scenario (WTO, World Tariff
    /// Profiles); range 0.01–0.06.
    /// </summary>
    public double RestOfWorldTariff { get; init; } = 0.03;

    /// <summary>Annual real growth of the rest of the world's factor endowment (assumption, 0–0.05).</summary>
    public double RestOfWorldGrowth { get; init; } = 0.03;
}

/// <summary>Convergence settings of the equilibrium solver.</summary>
public sealed record SolverParameters
{
    /// <summary>Largest relative margin residual accepted.</summary>
    public double Tolerance { get; init; } = 1e-12;

    /// <summary>Iterations after which the solver gives up with an error.</summary>
    public int MaxIterations { get; init; } = 10_000;
}
