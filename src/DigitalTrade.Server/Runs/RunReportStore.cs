using System.Collections.Immutable;
using DigitalTrade.Contracts;
using DigitalTrade.Model.Metrics;
using DigitalTrade.Server.Hosting;

namespace DigitalTrade.Server.Runs;

/// <summary>
/// The round reports of each run, collected from its simulation grain (which keeps them only in memory, until it is
/// deactivated) and cached here in round order, within <see cref="ServerOptions.ReportCacheMegabytes"/> of estimated
/// size: the least recently used runs' reports go first and are fetched from the grain again when asked for. One
/// collector per run at a time.
/// </summary>
public sealed partial class RunReportStore : IDisposable
{
    private const int Batch = 32;

    private readonly IGrainFactory _grains;
    private readonly ILogger<RunReportStore> _logger;
    private readonly LruCache<CachedReports> _cache;

    // One collector per run at a time, from a fixed set of gates so the gates do not grow with the runs.
    private readonly SemaphoreSlim[] _gates = [.. Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>A store within the options' report budget.</summary>
    public RunReportStore(IGrainFactory grains, ServerOptions options, ILogger<RunReportStore> logger)
    {
        _grains = grains;
        _logger = logger;
        _cache = new LruCache<CachedReports>(options.ReportCacheBytes, (runId, reports, bytes) => LogEvicted(runId, reports.Reports.Length, bytes));
    }

    /// <summary>
    /// Fetches the rounds completed since the last collection and answers every report so far. A run whose reports are
    /// not cached is asked for its status first, so that reports its grain no longer holds are told apart from rounds not
    /// played yet (<see cref="ReportCollection.Lost"/>).
    /// </summary>
    public async Task<ReportCollection> CollectAsync(string runId, CancellationToken cancellationToken)
    {
        var gate = _gates[(StringComparer.Ordinal.GetHashCode(runId) & int.MaxValue) % _gates.Length];
        await gate.WaitAsync(cancellationToken);
        try
        {
            var grain = _grains.GetGrain<ISimulationGrain>(runId);
            var cached = _cache.TryGet(runId, out var kept);

            // Read before the reports: every round the status says is done must then be among those the grain answers.
            var done = cached ? -1 : (await grain.GetStatus().WaitAsync(cancellationToken)).Round;
            var reports = kept?.Reports ?? [];
            var bytes = kept?.Bytes ?? 0;
            while (true)
            {
                var batch = await grain.GetReports(reports.Length, Batch).WaitAsync(cancellationToken);
                if (batch.IsEmpty)
                {
                    break;
                }

                reports = reports.AddRange(batch);
                bytes += ReportSize.Of(batch);
            }

            if (reports.Length < done + 1)
            {
                return new ReportCollection(reports, Lost: true, TooLargeToCache: false);
            }

            // No report yet: nothing to keep, so the next collection checks the status again.
            var stored = reports.IsEmpty || reports.Length == kept?.Reports.Length || _cache.Set(runId, new CachedReports(reports, bytes), bytes);
            return new ReportCollection(reports, Lost: false, TooLargeToCache: !stored);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _cache.Dispose();
        foreach (var gate in _gates)
        {
            gate.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The reports of run {RunId} ({Rounds} rounds, about {Bytes} bytes) left the report cache to make room; they are fetched from its grain when asked for")]
    private partial void LogEvicted(string runId, int rounds, long bytes);

    private sealed record CachedReports(ImmutableArray<RoundReport> Reports, long Bytes);
}

/// <summary>
/// A run's reports in round order. <see cref="Lost"/>: its grain no longer holds reports of rounds it has played (it
/// keeps them in memory only) and they were not cached here. <see cref="TooLargeToCache"/>: the reports are larger
/// than the whole report cache, so they are fetched from the grain on every request.
/// </summary>
public sealed record ReportCollection(ImmutableArray<RoundReport> Reports, bool Lost, bool TooLargeToCache);
