using System.Collections.Immutable;
using DigitalTrade.Model.Equilibrium;

namespace DigitalTrade.Model.Experiments;

/// <summary>Everything a GE experiment produces: estimates, per-country changes, per-pair flows and diagnostics.</summary>
public sealed record GeExperimentResult(
    ImmutableArray<CoefficientEstimate> Coefficients,
    ImmutableArray<CountryGeChange> Countries,
    ImmutableArray<PairGeFlow> Pairs,
    GeDiagnostics Diagnostics);

/// <summary>One estimated coefficient of a PPML stage ("first" or "second").</summary>
public sealed record CoefficientEstimate(string Stage, string Term, double Estimate, double StdError);

/// <summary>
/// A country's percent changes from the baseline to the counterfactual (gravity-methods §6), with
/// its code: the solvers' <see cref="CountryChange"/> row, which indexes countries by position.
/// </summary>
public sealed record CountryGeChange(string Country, CountryChange Change);

/// <summary>One pair's flows at the baseline and in both counterfactual equilibria, with its trade costs t^(1−σ).</summary>
public sealed record PairGeFlow(
    string Exporter,
    string Importer,
    double BaselineFlow,
    double ConditionalFlow,
    double FullFlow,
    double CostBaseline,
    double CostCounterfactual);

/// <summary>How the estimation and the solvers went.</summary>
/// <param name="Solver">exact, agtpa or ge_gravity.</param>
/// <param name="Closure">How the full-endowment solver holds trade imbalances and what its numeraire is.</param>
/// <param name="Observations">Observations in the first-stage sample.</param>
/// <param name="DroppedObservations">First-stage observations dropped before fitting (fixed-effect groups of zeros).</param>
/// <param name="FirstStageIterations">IRLS iterations of the first stage.</param>
/// <param name="SecondStageIterations">IRLS iterations of the second stage, if it ran.</param>
/// <param name="FilledPairCosts">Directed pairs whose cost the second stage filled.</param>
/// <param name="BaselineIterations">RAS iterations of the fitted baseline (0 for observed baseline flows).</param>
/// <param name="ConditionalIterations">RAS iterations of the conditional GE, where the solver reports them.</param>
/// <param name="FullIterations">Iterations of the full-endowment solver.</param>
/// <param name="FullMaxResidual">Largest relative market-clearing gap of the full-endowment solution, where the solver reports it.</param>
public sealed record GeDiagnostics(
    string Solver,
    string Closure,
    int Observations,
    int DroppedObservations,
    int FirstStageIterations,
    int? SecondStageIterations,
    int FilledPairCosts,
    int BaselineIterations,
    int? ConditionalIterations,
    int FullIterations,
    double? FullMaxResidual)
{
    /// <summary>The baseline flows: "fitted" (to the observed outputs and expenditures) or "observed".</summary>
    public string Baseline { get; init; } = "fitted";
}
