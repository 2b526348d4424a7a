using System.Collections.Immutable;

namespace DigitalTrade.Scenarios;

/// <summary>
/// The result of loading a scenario: either a valid <see cref="LoadedScenario"/> or every problem found,
/// sorted by file, line and column.
/// </summary>
public sealed record ScenarioLoadResult(LoadedScenario? Scenario, ImmutableArray<ScenarioIssue> Issues)
{
    /// <summary>True when the scenario is valid and nothing was found wrong.</summary>
    public bool IsValid => Issues.IsEmpty && Scenario is not null;
}
