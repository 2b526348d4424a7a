using DigitalTrade.Model.Metrics;

namespace DigitalTrade.Contracts;

/// <summary>
/// One round's report of one run (key <see cref="GrainKeys.Report"/>), in grain storage of its own so that a run's
/// reports survive the deactivation of its simulation grain and no state object grows with the run.
/// </summary>
[Alias("DigitalTrade.IRoundReportGrain")]
public interface IRoundReportGrain : IGrainWithStringKey
{
    /// <summary>Stores the report (a replayed round stores the same report again).</summary>
    [Alias("Save")]
    Task Save(RoundReport report);

    /// <summary>The stored report, or null when none was stored (or the storage lost it).</summary>
    [Alias("Get")]
    Task<RoundReport?> Get();
}
