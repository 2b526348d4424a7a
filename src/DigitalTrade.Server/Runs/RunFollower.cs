using System.Threading.Channels;
using DigitalTrade.Contracts;
using DigitalTrade.Server.Hosting;

namespace DigitalTrade.Server.Runs;

/// <summary>
/// Follows each run the server started until it stops, collecting its reports as rounds complete,
/// so they are kept even if nobody asks for them before the grain goes idle.
/// </summary>
public sealed partial class RunFollower : BackgroundService
{
    private static readonly TimeSpan PollWait = TimeSpan.FromSeconds(10);

    private readonly IGrainFactory _grains;
    private readonly RunReportStore _reports;
    private readonly ILogger<RunFollower> _logger;
    private readonly Channel<string> _runs = Channel.CreateUnbounded<string>();

    // The newest status of each followed run, at most ServerOptions.RunCacheEntries of them (least recently used go first).
    private readonly LruCache<RunStatusReport> _latest;
    private readonly Lock _observing = new();

    /// <summary>A follower that keeps the statuses of at most <see cref="ServerOptions.RunCacheEntries"/> runs.</summary>
    public RunFollower(IGrainFactory grains, RunReportStore reports, ServerOptions options, ILogger<RunFollower> logger)
    {
        _grains = grains;
        _reports = reports;
        _logger = logger;
        _latest = new LruCache<RunStatusReport>(options.RunCacheEntries);
    }

    /// <summary>
    /// The newest status seen of a run this server follows (from its long poll and from control actions), or
    /// null when it does not follow the run. Answers status requests without a grain call.
    /// </summary>
    public RunStatusReport? Latest(string runId) => _latest.TryGet(runId, out var status) ? status : null;

    /// <summary>Keeps a status of a followed run if it is newer than the one kept.</summary>
    public void Observe(RunStatusReport status)
    {
        lock (_observing)
        {
            if (_latest.TryGet(status.RunId, out var kept) && status.Sequence >= kept.Sequence)
            {
                _latest.Set(status.RunId, status, 1);
            }
        }
    }

    /// <summary>Starts following a run.</summary>
    public void Follow(string runId) => _runs.Writer.TryWrite(runId);

    /// <inheritdoc />
    public override void Dispose()
    {
        _latest.Dispose();
        base.Dispose();
    }

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
            var run = _grains.GetGrain<ISimulationGrain>(runId);
            var status = await run.GetStatus().WaitAsync(stoppingToken);
            lock (_observing)
            {
                if (!_latest.TryGet(runId, out _))
                {
                    _latest.Set(runId, status, 1);
                }
            }

            var collecting = true;
            while (true)
            {
                Observe(status);
                if (collecting)
                {
                    // Reports too large for the cache are not kept, so collecting them again each round would only cost.
                    var collection = await _reports.CollectAsync(runId, stoppingToken);
                    collecting = !collection.TooLargeToCache && !collection.Lost;
                }

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
            _latest.Remove(runId); // status requests go to the grain again
            LogFollowFailed(e, runId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopped following run {RunId}; its reports are collected on request")]
    private partial void LogFollowFailed(Exception error, string runId);
}
