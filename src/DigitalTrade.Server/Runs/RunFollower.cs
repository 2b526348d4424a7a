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
            while (true)
            {
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
            LogFollowFailed(e, runId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopped following run {RunId}; its reports are collected on request")]
    private partial void LogFollowFailed(Exception error, string runId);
}
