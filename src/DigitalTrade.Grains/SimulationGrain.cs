using System.Collections.Immutable;
using DigitalTrade.Contracts;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Metrics;
using DigitalTrade.Model.Trade;
using DigitalTrade.Model.World;
using Microsoft.Extensions.Logging;

namespace DigitalTrade.Grains;

/// <summary>
/// Drives one run: a grain timer advances one round per tick. Each phase gathers from the
/// member states in canonical ISO3 order, calls the pure model once, and scatters the results;
/// members never call each other. The round counter is checkpointed after every round.
/// </summary>
public sealed partial class SimulationGrain(
    [PersistentState("scenario", StorageNames.Runs)] IPersistentState<RunScenarioState> scenarioState,
    [PersistentState("simulation", StorageNames.Runs)] IPersistentState<SimulationGrainState> state,
    TimeProvider clock,
    ILogger<SimulationGrain> logger)
    : Grain, ISimulationGrain
{
    private TaskCompletionSource _progress = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IGrainTimer? _timer;
    private RunStatus? _recorded;
    private RunContext? _context;
    private List<DisputeState>? _disputes;

    private string RunId => this.GetPrimaryKeyString();

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Status == RunStatus.Running)
        {
            StartTimer(); // reactivated mid-run: carry on from the checkpoint
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<RunStatusReport> Start(ScenarioDefinition scenario)
    {
        if (scenarioState.State.Scenario is not null)
        {
            return Status();
        }

        var now = clock.GetUtcNow();
        scenarioState.State.Scenario = scenario;
        await scenarioState.WriteStateAsync();
        state.State.ScenarioName = scenario.Name;
        state.State.Rounds = scenario.Rounds;
        state.State.CreatedAt = now;
        try
        {
            await Task.WhenAll(scenario.Countries.Select(c => Member(c.Iso3).Initialise(scenario)));
            await Task.WhenAll(scenario.Agreements.Select(a => Agreement(a.Id).Initialise(a, scenario.Seed, scenario.Parameters.Policy)));
            Context(scenario); // the world, the plan and the trade baseline: a scenario they cannot be built from fails here
        }
        catch (Exception ex)
        {
            // A run that cannot start is Failed with its reason, never left Pending.
            LogInitialisationFailed(ex, RunId);
            state.State.Error = $"initialisation: {ex.Message}";
            state.State.FinishedAt = clock.GetUtcNow();
            await SetStatusAsync(RunStatus.Failed);
            return Status();
        }

        state.State.Status = RunStatus.Running;
        state.State.StartedAt = now;
        await CheckpointAsync();
        StartTimer();
        LogStarted(RunId, scenario.Name, scenario.Rounds);
        return Status();
    }

    /// <inheritdoc />
    public Task<RunStatusReport> GetStatus() => Task.FromResult(Status());

    /// <inheritdoc />
    public async Task<RunStatusReport> WaitForProgress(int afterRound, TimeSpan maxWait)
    {
        maxWait = maxWait < SimulationLimits.LongPoll ? maxWait : SimulationLimits.LongPoll;
        if (state.State.Round <= afterRound && !state.State.Status.IsTerminal())
        {
            await Task.WhenAny(_progress.Task, Task.Delay(maxWait));
        }

        return Status();
    }

    /// <inheritdoc />
    public async Task<ImmutableArray<RoundReport>> GetReports(int fromRound, int maxRounds)
    {
        // Each round's report has a grain of its own (persisted before the round is checkpointed), so reports are
        // read back after any reactivation; a report the storage no longer has ends the answer there.
        var from = Math.Max(0, fromRound);
        var count = Math.Clamp(state.State.Round + 1 - from, 0, Math.Max(0, maxRounds));
        var stored = await Task.WhenAll(Enumerable.Range(from, count).Select(r => Report(r).Get()));
        return [.. stored.TakeWhile(r => r is not null).Select(r => r!)];
    }

    /// <inheritdoc />
    public async Task<RunStatusReport> Pause()
    {
        if (state.State.Status == RunStatus.Running)
        {
            StopTimer();
            await SetStatusAsync(RunStatus.Paused);
        }

        return Status();
    }

    /// <inheritdoc />
    public async Task<RunStatusReport> Resume()
    {
        if (state.State.Status == RunStatus.Paused)
        {
            await SetStatusAsync(RunStatus.Running);
            StartTimer();
        }

        return Status();
    }

    /// <inheritdoc />
    public async Task<RunStatusReport> Cancel()
    {
        if (!state.State.Status.IsTerminal())
        {
            StopTimer();
            await SetStatusAsync(RunStatus.Cancelled);
        }

        return Status();
    }

    /// <inheritdoc />
    public async Task<RunStatusReport> Interrupt()
    {
        if (!state.State.Status.IsTerminal())
        {
            StopTimer();
            state.State.FinishedAt = clock.GetUtcNow();
            await SetStatusAsync(RunStatus.Interrupted);
        }

        return Status();
    }


    private IRoundReportGrain Report(int round) => GrainFactory.GetGrain<IRoundReportGrain>(GrainKeys.Report(RunId, round));

    private RunContext Context(ScenarioDefinition scenario)
    {
        if (_context is null)
        {
            var world = WorldGeometry.Build(scenario);
            _context = new RunContext(
                scenario,
                world,
                new RoundPlan(scenario),
                TradeBaseline.ForScenario(world, scenario),
                [.. scenario.Countries.Select(c => Member(c.Iso3))],
                [.. scenario.Agreements.Select(a => Agreement(a.Id))],
                DisputeContext.From(scenario));
        }

        return _context;
    }

    /// <summary>
    /// The run's disputes in filing order as they stood at the start of <paramref name="round"/>: kept in memory,
    /// rebuilt from their grains after a reactivation or a failed attempt at the round.
    /// </summary>
    private async Task<List<DisputeState>> DisputesAsync(int round)
    {
        if (_disputes is null)
        {
            var ids = state.State.DisputeIds;
            _disputes = [.. await Task.WhenAll(ids.Select(id => Dispute(id).GetStateAt(round)))];
        }

        return _disputes;
    }

    private IDisputeGrain Dispute(string id) => GrainFactory.GetGrain<IDisputeGrain>(GrainKeys.Dispute(RunId, id));

    private IAgreementGrain Agreement(string id) => GrainFactory.GetGrain<IAgreementGrain>(GrainKeys.Agreement(RunId, id));

    private IMemberStateGrain Member(string iso3) => GrainFactory.GetGrain<IMemberStateGrain>(GrainKeys.Member(RunId, iso3));

    private void StartTimer() =>
        _timer ??= this.RegisterGrainTimer(AdvanceRoundAsync, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { KeepAlive = true });

    private void StopTimer()
    {
        _timer?.Dispose();
        _timer = null;
    }

    private async Task SetStatusAsync(RunStatus status)
    {
        state.State.Status = status;
        await CheckpointAsync();
    }

    private async Task CheckpointAsync()
    {
        state.State.Sequence++;
        await state.WriteStateAsync();
        if (_recorded != state.State.Status)
        {
            // The registry is written when the status changes (and once per activation), not every round: listings
            // ask running runs for their progress.
            await GrainFactory.GetGrain<IRunRegistryGrain>(GrainKeys.Registry).Record(Status());
            _recorded = state.State.Status;
        }

        var reached = _progress;
        _progress = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        reached.SetResult();
    }

    private RunStatusReport Status()
    {
        var s = state.State;
        return new RunStatusReport(
            RunId, s.ScenarioName, s.Status, s.Round, s.Rounds, s.CreatedAt, s.StartedAt, s.FinishedAt, s.Error)
        {
            Sequence = s.Sequence,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} started: scenario {Scenario}, {Rounds} rounds")]
    private partial void LogStarted(string runId, string scenario, int rounds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Round {Round} of run {RunId} took {ElapsedMs:F1} ms")]
    private partial void LogRound(int round, string runId, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} completed after round {Round}")]
    private partial void LogCompleted(string runId, int round);

    [LoggerMessage(Level = LogLevel.Error, Message = "Run {RunId} failed in round {Round}")]
    private partial void LogFailed(Exception exception, string runId, int round);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} plays round {Round} again (attempt {Attempt}) after a transient fault")]
    private partial void LogRetry(string runId, int round, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Run {RunId} failed before its first round")]
    private partial void LogInitialisationFailed(Exception exception, string runId);
}
