using System.Collections.Concurrent;
using System.Collections.Immutable;
using DigitalTrade.Contracts;
using DigitalTrade.Model.Metrics;

namespace DigitalTrade.Server.Runs;

/// <summary>
/// The round reports of each run, collected from its simulation grain (which keeps them only in
/// memory) and cached here in round order. One collector per run at a time.
/// </summary>
public sealed class RunReportStore(IGrainFactory grains)
{
    private const int Batch = 32;

    private readonly ConcurrentDictionary<string, RunReports> _runs = new(StringComparer.Ordinal);

    /// <summary>Fetches the rounds completed since the last collection and answers every report so far.</summary>
    public async Task<ImmutableArray<RoundReport>> CollectAsync(string runId, CancellationToken cancellationToken)
    {
        var run = _runs.GetOrAdd(runId, _ => new RunReports());
        await run.Gate.WaitAsync(cancellationToken);
        try
        {
            var grain = grains.GetGrain<ISimulationGrain>(runId);
            while (true)
            {
                var batch = await grain.GetReports(run.Reports.Length, Batch);
                if (batch.IsEmpty)
                {
                    return run.Reports;
                }

                run.Reports = run.Reports.AddRange(batch);
            }
        }
        finally
        {
            run.Gate.Release();
        }
    }

    private sealed class RunReports
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public ImmutableArray<RoundReport> Reports { get; set; } = [];
    }
}
