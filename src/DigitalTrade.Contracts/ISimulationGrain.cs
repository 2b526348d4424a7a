using System.Collections.Immutable;
using DigitalTrade.Model.Metrics;
using DigitalTrade.Model.World;
using Orleans.Concurrency;

namespace DigitalTrade.Contracts;

/// <summary>
/// One run (key: the run id): owns the scenario, the round counter and the status, and drives
/// the rounds with a grain timer, one round per tick.
/// </summary>
[Alias("DigitalTrade.ISimulationGrain")]
public interface ISimulationGrain : IGrainWithStringKey
{
    /// <summary>Sets the member states up and starts the rounds; a run starts once.</summary>
    [Alias("Start")]
    Task<RunStatusReport> Start(ScenarioDefinition scenario);

    /// <summary>
    /// The run's current status. Interleaves with a round in progress (it only reads the status, which
    /// changes between awaits), so polling clients never wait behind a round.
    /// </summary>
    [AlwaysInterleave]
    [Alias("GetStatus")]
    Task<RunStatusReport> GetStatus();

    /// <summary>
    /// Waits until a round after <paramref name="afterRound"/> is done, the run stops, or
    /// <paramref name="maxWait"/> passes, then answers the status: a long poll, so clients
    /// follow a run without sleeping.
    /// </summary>
    [AlwaysInterleave]
    [Alias("WaitForProgress")]
    Task<RunStatusReport> WaitForProgress(int afterRound, TimeSpan maxWait);

    /// <summary>Reports of the completed rounds from <paramref name="fromRound"/> on, at most <paramref name="maxRounds"/>.</summary>
    [AlwaysInterleave]
    [Alias("GetReports")]
    Task<ImmutableArray<RoundReport>> GetReports(int fromRound, int maxRounds);

    /// <summary>Stops advancing after the current round.</summary>
    [Alias("Pause")]
    Task<RunStatusReport> Pause();

    /// <summary>Advances again after a pause.</summary>
    [Alias("Resume")]
    Task<RunStatusReport> Resume();

    /// <summary>Stops the run for good.</summary>
    [Alias("Cancel")]
    Task<RunStatusReport> Cancel();

    /// <summary>
    /// Stops the run for good because its host is shutting down: status <see cref="RunStatus.Interrupted"/>, with its
    /// finish time. A run that has already stopped keeps its status.
    /// </summary>
    [Alias("Interrupt")]
    Task<RunStatusReport> Interrupt();
}
