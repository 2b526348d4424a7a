using System.Threading.Channels;
using DigitalTrade.Contracts;

namespace DigitalTrade.Server.Runs;

/// <summary>
/// Follows each run the server started until it stops, collecting its reports as rounds complete,
/// so they are kept even if nobody asks for them before the grain goes idle.
/// </summary>
public sealed partial class RunFollower(IGrainFactory grains, RunReportStore reports, ILogger<RunFollower> logger) : BackgroundService
{
    private static readonly TimeSpan PollWait = TimeSpan.FromSeconds(10);

    private readonly Channel<string> _runs = Channel.CreateUnbounded<string>();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, RunStatusReport> _latest = new(StringComparer.Ordinal);

    /// <summary>
    /// The newest status seen of a run this server follows (from its long poll and from control actions), or
    /// null when it does not follow the run. Answers status requests without a grain call.
    /// </summary>
    public RunStatusReport? Latest(string runId) => _latest.TryGetValue(runId, out var status) ? status : null;

    /// <summary>Keeps a status of a followed run if it is newer than the one kept.</summary>
    public void Observe(RunStatusReport status)
    {
        if (_latest.ContainsKey(status.RunId))
        {
            _latest.AddOrUpdate(status.RunId, status, (_, kept) => status.Sequence >= kept.Sequence ? status : kept);
        }
    }

    /// <summary>Starts following a run.</summary>
    public void Follow(string runId) => _runs.Writer.TryWrite(runId);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var following = new List<Task>();
        try
        {
            await foreach (var runId in _runs.Reader.ReadAllAsync(stoppingToken))
            {
                following.RemoveAll(t => t.IsCompleted);
                following.Add(FollowAsync(runId, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }

        await Task.WhenAll(following);
    }

    private async Task FollowAsync(string runId, CancellationToken stoppingToken)
    {
        try
        {
            var run = grains.GetGrain<ISimulationGrain>(runId);
            var status = await run.GetStatus().WaitAsync(stoppingToken);
            _latest.TryAdd(runId, status);
            while (true)
            {
                Observe(status);
                await reports.CollectAsync(runId, stoppingToken);
                if (status.Status.IsTerminal())
                {
                    return; // rounds completed before the final status were collected above
                }

                status = await run.WaitForProgress(status.Round, PollWait).WaitAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
        catch (Exception e)
        {
            _latest.TryRemove(runId, out _); // status requests go to the grain again
            LogFollowFailed(e, runId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopped following run {RunId}; its reports are collected on request")]
    private partial void LogFollowFailed(Exception error, string runId);
}
