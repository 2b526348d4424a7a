namespace DigitalTrade.Contracts;

/// <summary>
/// Where a run stands: what the CLI's progress bar and a dashboard poll. <see cref="Round"/> is
/// the last completed round (−1 before the baseline round 0 is done).
/// </summary>
[GenerateSerializer, Immutable]
[Alias("DigitalTrade.RunStatusReport")]
public sealed record RunStatusReport(
    [property: Id(0)] string RunId,
    [property: Id(1)] string ScenarioName,
    [property: Id(2)] RunStatus Status,
    [property: Id(3)] int Round,
    [property: Id(4)] int Rounds,
    [property: Id(5)] DateTimeOffset? CreatedAt,
    [property: Id(6)] DateTimeOffset? StartedAt,
    [property: Id(7)] DateTimeOffset? FinishedAt,
    [property: Id(8)] string? Error)
{
    /// <summary>
    /// Counts the run's checkpoints: a later report of the same run has a larger sequence, so a client that
    /// caches statuses keeps the newest whatever order the answers arrive in.
    /// </summary>
    [Id(9)]
    public long Sequence { get; init; }
}
