using DigitalTrade.Contracts;
using DigitalTrade.Model.Infrastructure;
using DigitalTrade.Model.World;

namespace DigitalTrade.Grains;

/// <summary>A run's scenario, written once when the run starts.</summary>
public sealed class RunScenarioState
{
    /// <summary>The scenario (null before the run starts).</summary>
    public ScenarioDefinition? Scenario { get; set; }
}

/// <summary>A run's checkpoint, written after every round: small, whatever the scenario's size.</summary>
public sealed class SimulationGrainState
{
    /// <summary>The scenario's name, for status reports.</summary>
    public string ScenarioName { get; set; } = "";

    /// <summary>Rounds after the baseline.</summary>
    public int Rounds { get; set; }

    /// <summary>The run's status.</summary>
    public RunStatus Status { get; set; } = RunStatus.Pending;

    /// <summary>Last completed round (−1 before round 0).</summary>
    public int Round { get; set; } = -1;

    /// <summary>The network as it stood after the last completed round (null before round 0).</summary>
    public NetworkState? Network { get; set; }

    /// <summary>Every dispute filed by the last completed round, in filing order.</summary>
    public List<string> DisputeIds { get; set; } = [];

    /// <summary>Checkpoints written so far (the status reports' sequence).</summary>
    public long Sequence { get; set; }

    /// <summary>When the run was created.</summary>
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>When the run started.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When the run stopped for good.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Why the run failed.</summary>
    public string? Error { get; set; }
}
