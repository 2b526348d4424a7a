using System.Collections.Immutable;
using DigitalTrade.Model.Equilibrium;

namespace DigitalTrade.Model.Experiments;

/// <summary>
/// A structural-gravity counterfactual (docs/trade-core.md): how trade costs are estimated from a
/// panel, which covariates change, and how the equilibrium is solved.
/// </summary>
/// <param name="Name">Name of the experiment.</param>
/// <param name="Description">What it does, in words.</param>
/// <param name="Sigma">Elasticity of substitution σ; the trade elasticity is θ = σ − 1.</param>
/// <param name="ReferenceCountry">Its inward resistance is the numeraire of the exact solver and of the conditional GE.</param>
/// <param name="BaselineYear">The year whose flows are the GE baseline.</param>
/// <param name="Estimation">The first-stage PPML.</param>
/// <param name="SecondStage">Fills the pair effects the first stage has none for, or null.</param>
/// <param name="Counterfactual">The covariate changes, in order.</param>
/// <param name="Solver">How the full-endowment GE is solved.</param>
/// <param name="Imbalances">How <see cref="GeSolver.GeGravity"/> holds trade imbalances; the other solvers have their own closure.</param>
/// <param name="Baseline">Which flows of the baseline year the GE starts from.</param>
public sealed record GeExperiment(
    string Name,
    string Description,
    double Sigma,
    string ReferenceCountry,
    int BaselineYear,
    EstimationSpec Estimation,
    SecondStageSpec? SecondStage,
    ImmutableArray<CovariateChange> Counterfactual,
    GeSolver Solver,
    ImbalanceClosure Imbalances = ImbalanceClosure.Additive,
    GeBaseline Baseline = GeBaseline.Fitted)
{
    /// <summary>The trade elasticity θ = σ − 1.</summary>
    public double Theta => Sigma - 1.0;
}

/// <summary>The first-stage PPML: sample, fixed effects, covariates and standard errors.</summary>
public sealed record EstimationSpec(
    ImmutableArray<int> Years,
    ImmutableArray<FixedEffectKind> FixedEffects,
    ImmutableArray<string> Covariates,
    bool InternationalOnly,
    ClusterKind? Cluster);

/// <summary>The second stage that fills pair effects the first stage could not estimate.</summary>
public sealed record SecondStageSpec(ImmutableArray<string> Covariates, ClusterKind? Cluster);

/// <summary>
/// One change of a covariate for the counterfactual: a new value or another year's value, for the
/// pairs among a set of countries (all pairs when empty).
/// </summary>
public sealed record CovariateChange(string Covariate, double? Value, int? FromYear, ImmutableArray<string> Among)
{
    /// <summary>True when the change applies to the pair.</summary>
    public bool Covers(string exporter, string importer) =>
        Among.IsDefaultOrEmpty || (exporter != importer && Among.Contains(exporter) && Among.Contains(importer));
}

/// <summary>Fixed-effect dimensions an experiment can ask for.</summary>
public enum FixedEffectKind
{
    /// <summary>One effect per exporter.</summary>
    Exporter,

    /// <summary>One effect per importer.</summary>
    Importer,

    /// <summary>One effect per exporter and year.</summary>
    ExporterYear,

    /// <summary>One effect per importer and year.</summary>
    ImporterYear,

    /// <summary>One effect per symmetric pair; all domestic pairs share one, the omitted category.</summary>
    Pair,

    /// <summary>
    /// One effect per directed pair (exporter, importer), as ppmlhdfe's <c>a(exp#imp)</c>; all domestic
    /// pairs share one, the omitted category.
    /// </summary>
    DirectedPair,
}

/// <summary>Groupings for cluster-robust standard errors.</summary>
public enum ClusterKind
{
    /// <summary>By symmetric pair.</summary>
    Pair,

    /// <summary>By directed pair (exporter, importer).</summary>
    DirectedPair,

    /// <summary>By exporter.</summary>
    Exporter,

    /// <summary>By importer.</summary>
    Importer,
}

/// <summary>How the full-endowment equilibrium is computed.</summary>
public enum GeSolver
{
    /// <summary>The exact hat-algebra solution with the κ closure.</summary>
    Exact,

    /// <summary>The AGTPA book's iterative GE-PPML procedure, for replication.</summary>
    Agtpa,

    /// <summary>Zylkin's <c>ge_gravity</c> fixed point, additive or multiplicative imbalances, world output as the numeraire.</summary>
    GeGravity,
}

/// <summary>The flows of the baseline year that the general equilibrium starts from.</summary>
public enum GeBaseline
{
    /// <summary>The fit of the baseline costs to the year's observed outputs and expenditures (the PPML fitted values), as AGTPA does.</summary>
    Fitted,

    /// <summary>The observed flows themselves, domestic ones included, as <c>ge_gravity</c> takes them.</summary>
    Observed,
}
