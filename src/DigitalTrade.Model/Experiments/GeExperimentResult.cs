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
    double? FullMaxResidual);
