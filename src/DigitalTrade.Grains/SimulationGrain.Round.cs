using System.Collections.Immutable;
using DigitalTrade.Contracts;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Metrics;
using DigitalTrade.Model.Events;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.Trade;
using DigitalTrade.Model.World;
using Orleans.Storage;
using Polly;
using Polly.Retry;

namespace DigitalTrade.Grains;

/// <summary>The simulation grain's rounds: one tick plays one round, again after a transient fault.</summary>
public sealed partial class SimulationGrain
{
    private async Task AdvanceRoundAsync(CancellationToken cancellationToken)
    {
        if (state.State.Status != RunStatus.Running || scenarioState.State.Scenario is not { } scenario)
        {
            StopTimer();
            return;
        }

        var round = state.State.Round + 1;
        var started = clock.GetTimestamp();
        try
        {
            var report = await PlayWithRetriesAsync(round, scenario, cancellationToken);

            var elapsed = clock.GetElapsedTime(started);
            LogRound(round, RunId, elapsed.TotalMilliseconds);

            state.State.Round = round;
            if (round >= scenario.Rounds)
            {
                StopTimer();
                state.State.Status = RunStatus.Completed;
                state.State.FinishedAt = clock.GetUtcNow();
                LogCompleted(RunId, round);
            }

            await CheckpointAsync();

            // Each tick plays one round and arms the next tick as soon as the checkpoint is written
            // (a periodic timer would wait out its period, which the runtime rounds up coarsely).
            _timer?.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
        catch (Exception ex)
        {
            // Any failure stops the run: a round is never half-recorded, and the error is kept for the client.
            StopTimer();
            LogFailed(ex, RunId, round);
            state.State.Error = $"round {round}: {ex.Message}";
            state.State.FinishedAt = clock.GetUtcNow();
            await SetStatusAsync(RunStatus.Failed);
        }
    }

    /// <summary>
    /// Plays a round and stores its report, again after a transient fault (<see cref="Transient"/>): a failed attempt
    /// may have changed the grain's round-scoped state (the dispute list, the network), so a retry starts from the
    /// checkpoint, and members and disputes start from the round's start.
    /// </summary>
    private async Task<RoundReport> PlayWithRetriesAsync(int round, ScenarioDefinition scenario, CancellationToken cancellationToken)
    {
        var attempt = 0;

        // Continuations stay on the grain's scheduler (Polly would otherwise resume off the activation).
        var resilience = ResilienceContextPool.Shared.Get(continueOnCapturedContext: true, cancellationToken);
        try
        {
            return await Transient.ExecuteAsync(
                async (context, _) =>
                {
                    if (attempt++ > 0)
                    {
                        LogRetry(RunId, round, attempt);
                        await state.ReadStateAsync(context.CancellationToken);
                        _disputes = null;
                    }

                    var played = await PlayRoundAsync(round, Context(scenario));
                    await Report(round).Save(played);
                    return played;
                },
                resilience,
                0);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(resilience);
        }
    }

    /// <summary>One round, phase by phase (DESIGN §4); the same sequence as <see cref="ReferenceEngine"/>.</summary>
    private async Task<RoundReport> PlayRoundAsync(int round, RunContext context)
    {
        var scenario = context.Scenario;
        var events = context.Plan.EventsAt(round);
        var members = context.Members;

        // 1. Events: the run's network, the agreements' accessions, then each member (with the agreements' new coverage).
        var network = RunEvents.ApplyNetwork(state.State.Network ?? RunSetup.InitialNetwork(scenario), events);
        foreach (var accession in events.OfType<Accession>())
        {
            await Agreement(accession.Agreement).Join(round, accession.Country);
        }

        var agreements = (await Task.WhenAll(context.Agreements.Select(a => a.GetDefinition()))).ToImmutableArray();
        var disputeContext = context.Disputes.With(agreements);
        var disputes = await DisputesAsync(round);
        var states = await Task.WhenAll(members.Select(m => m.OpenRound(round, events, agreements)));

        // 2. Policy: each member proposes from its own state and the reciprocity signal read from all states.
        var proposals = await Task.WhenAll(members.Select((m, j) => m.Decide(round, PolicyRules.Reciprocity(states, j))));

        // 3. Commitments: each agreement rules on its members' increases; each member applies its proposals and rulings.
        var all = proposals.SelectMany(p => p).ToImmutableArray();
        var checkedStates = states.ToImmutableArray();
        var rulings = (await Task.WhenAll(context.Agreements.Select(a => a.Check(round, checkedStates, all, disputeContext))))
            .SelectMany(r => r)
            .ToImmutableArray();
        states = await Task.WhenAll(members.Select((m, i) => m.ApplyPolicy(round, proposals[i], [.. rulings.Where(r => r.Importer == states[i].Iso3)])));

        // Open disputes advance (each its own grain, in filing order); the ends change the states they concern.
        var open = Enumerable.Range(0, disputes.Count).Where(d => disputes[d].IsOpen).ToList();
        var advances = await Task.WhenAll(open.Select(d => Dispute(disputes[d].Id).Advance(round, disputeContext, scenario.Parameters)));
        var stages = ImmutableArray.CreateBuilder<DisputeStageRow>();
        var effects = ImmutableArray.CreateBuilder<DisputeEffect>();
        for (var k = 0; k < open.Count; k++)
        {
            disputes[open[k]] = advances[k].State;
            stages.AddRange(advances[k].Stages);
            if (advances[k].Effect is { } effect)
            {
                effects.Add(effect);
            }
        }

        if (effects.Count > 0)
        {
            var ends = effects.ToImmutable();
            states = await Task.WhenAll(members.Select(m => m.ApplyDisputeEffects(round, ends)));
        }

        // 4. Trade: one pure computation over all states, gathered in canonical order.
        var costs = RunSetup.CostContextAt(context.World, scenario, round, network, agreements);
        var outcome = TradePhase.Solve(context.World, states, scenario.Parameters, context.Baseline, costs);

        // Harmed partners decide whether to file, at this round's flows; each dispute gets its grain.
        var filed = DisputePhase.File(rulings, states, outcome, context.World, round, disputeContext, scenario.Parameters);
        await Task.WhenAll(filed.Select(f => Dispute(f.Id).Open(f)));
        disputes.AddRange(filed);
        state.State.DisputeIds = [.. disputes.Select(d => d.Id)];
        stages.AddRange(filed.Select(f => new DisputeStageRow(f.Id, round, DisputeNames.Name(DisputeStage.Consultations))));

        // 6. Record, from the states the trade phase saw.
        var records = context.Plan.RecordsAt(round).Concat(RunEvents.Describe(round, all, rulings));
        var report = Recorder.Record(
            round, context.World, states, outcome, records, scenario.Parameters, costs, DisputeRecord.Of(disputes, stages, filed.Length));

        // 5. Growth: each member takes its result and grows.
        await Task.WhenAll(members.Select((m, i) => m.CloseRound(round, outcome.Countries[i])));
        state.State.Network = network;
        return report;
    }

    /// <summary>
    /// Retries a round after a transient fault (a timeout, a silo gone, a storage conflict) four times with exponential
    /// backoff from 200 ms; a model error, or a fault that persists, fails the run.
    /// </summary>
    private static readonly ResiliencePipeline Transient = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
            MaxRetryAttempts = 4,
            BackoffType = DelayBackoffType.Exponential,
            Delay = TimeSpan.FromMilliseconds(200),
        })
        .Build();

    /// <summary>Faults of the cluster, not of the model: worth playing the round again.</summary>
    public static bool IsTransient(Exception exception) =>
        exception is TimeoutException or SiloUnavailableException or OrleansMessageRejectionException or InconsistentStateException;
}
