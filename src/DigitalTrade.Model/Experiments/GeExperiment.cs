using System.Collections.Immutable;

namespace DigitalTrade.Model.Experiments;

/// <summary>
/// A structural-gravity counterfactual (docs/trade-core.md): how trade costs are estimated from a
/// panel, which covariates change, and how the equilibrium is solved.
/// </summary>
public sealed record GeExperiment(
    string Name,
    string Description,
    double Sigma,
    string ReferenceCountry,
    int BaselineYear,
    EstimationSpec Estimation,
    SecondStageSpec? SecondStage,
    ImmutableArray<CovariateChange> Counterfactual,
    GeSolver Solver);

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
}

/// <summary>Groupings for cluster-robust standard errors.</summary>
public enum ClusterKind
{
    /// <summary>By symmetric pair.</summary>
    Pair,

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
}
