using System.Diagnostics;
using DigitalTrade.Contracts;
using DigitalTrade.Model.World;
using DigitalTrade.Model.Metrics;

namespace DigitalTrade.Cli.Running;

/// <summary>
/// Starts a run on the cluster and follows it to the end: long-polls its progress, collects
/// each round's report as it completes and hands it on, in round order.
/// </summary>
public sealed class RunDriver(IGrainFactory grains, Serilog.ILogger log)
{
    private static readonly TimeSpan PollWait = TimeSpan.FromSeconds(10);

    /// <summary>Runs the scenario to a terminal status; <paramref name="progress"/> sees every status change.</summary>
    public async Task<RunStatusReport> RunAsync(
        string runId, ScenarioDefinition scenario, Action<RoundReport> record, Action<RunStatusReport> progress, CancellationToken cancellationToken)
    {
        var run = grains.GetGrain<ISimulationGrain>(runId);
        var status = await run.Start(scenario);
        var nextRound = 0;
        var clock = Stopwatch.StartNew();
        progress(status);
        while (true)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                status = await run.Cancel();
            }

            nextRound = await CollectAsync(run, nextRound, record, clock);
            progress(status);
            if (status.Status.IsTerminal())
            {
                // Rounds completed before the final status were collected above.
                nextRound = await CollectAsync(run, nextRound, record, clock);
                return status;
            }

            status = await run.WaitForProgress(status.Round, PollWait);
        }
    }

    private async Task<int> CollectAsync(ISimulationGrain run, int nextRound, Action<RoundReport> record, Stopwatch clock)
    {
        while (true)
        {
            var reports = await run.GetReports(nextRound, 16);
            if (reports.IsEmpty)
            {
                return nextRound;
            }

            foreach (var report in reports)
            {
                record(report);
                log.Information("Round {Round} recorded after {ElapsedMs} ms: world trade {TotalTrade:F1} USD bn", report.Round, clock.ElapsedMilliseconds, report.World.TotalTradeUsdBn);
                nextRound = report.Round + 1;
            }
        }
    }
}
