using DigitalTrade.Contracts;

namespace DigitalTrade.Server.Api;

/// <summary>
/// A run as the API shows it; <see cref="Round"/> is the last completed round (−1 before the baseline) and
/// <see cref="Sequence"/> counts the run's checkpoints (a larger one is a newer status).
/// </summary>
public sealed record RunResponse(
    string Id,
    string? Name,
    RunStatus Status,
    int Round,
    int Rounds,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? Error,
    long Sequence)
{
    /// <summary>The response for a grain's status report.</summary>
    public static RunResponse Of(RunStatusReport s) =>
        new(s.RunId, s.ScenarioName, s.Status, s.Round, s.Rounds, s.CreatedAt, s.StartedAt, s.FinishedAt, s.Error, s.Sequence);
}
