using System.Collections.Immutable;
using DigitalTrade.Model.Experiments;

namespace DigitalTrade.Scenarios.Experiments;

/// <summary>A valid GE experiment with its panel, ready to run.</summary>
public sealed record LoadedGeExperiment(GeExperiment Experiment, GravityPanel Panel, string SourcePath, string Sha256, string DataPath);

/// <summary>Either a valid experiment or every problem found in it, sorted by file, line and column.</summary>
public sealed record GeExperimentLoadResult(LoadedGeExperiment? Experiment, ImmutableArray<ScenarioIssue> Issues)
{
    /// <summary>True when the experiment can run.</summary>
    public bool IsValid => Issues.IsEmpty && Experiment is not null;
}
