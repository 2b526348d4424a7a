using DigitalTrade.Contracts;

namespace DigitalTrade.Server.Runs;

/// <summary>
/// Stops the runs in flight when the server stops (SIGTERM, Ctrl+C): before Kestrel and the silo stop, every run that
/// is pending, running or paused becomes <see cref="RunStatus.Interrupted"/>, within <see cref="InterruptWait"/>. A run
/// is never marked completed here. Long polls end once this is done (<see cref="RunsStopped"/>).
/// </summary>
public sealed partial class RunShutdown(IGrainFactory grains, ILogger<RunShutdown> logger) : IHostedLifecycleService
{
    /// <summary>How long the shutdown waits for the runs to be interrupted (a run finishes its current round first).</summary>
    public static readonly TimeSpan InterruptWait = TimeSpan.FromSeconds(3);

    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the server is stopping and its runs were interrupted (or <see cref="InterruptWait"/> passed).</summary>
    public Task RunsStopped => _stopped.Task;

    /// <inheritdoc />
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var bound = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            bound.CancelAfter(InterruptWait);
            var runs = await grains.GetGrain<IRunRegistryGrain>(GrainKeys.Registry).List().WaitAsync(bound.Token);
            await Task.WhenAll(runs.Where(r => !r.Status.IsTerminal()).Select(r => InterruptAsync(r.RunId, bound.Token)));
        }
        catch (Exception e) when (e is OperationCanceledException or OrleansException or TimeoutException)
        {
            LogListFailed(e);
        }
        finally
        {
            _stopped.TrySetResult();
        }
    }

    /// <inheritdoc />
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task InterruptAsync(string runId, CancellationToken cancellationToken)
    {
        try
        {
            var status = await grains.GetGrain<ISimulationGrain>(runId).Interrupt().WaitAsync(cancellationToken);
            if (status.Status == RunStatus.Interrupted)
            {
                LogInterrupted(runId, status.Round);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or OrleansException or TimeoutException)
        {
            LogNotInterrupted(e, runId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} interrupted at round {Round}")]
    private partial void LogInterrupted(string runId, int round);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} could not be interrupted before the server stopped")]
    private partial void LogNotInterrupted(Exception error, string runId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The runs in flight could not be listed to interrupt them before the server stopped")]
    private partial void LogListFailed(Exception error);
}
