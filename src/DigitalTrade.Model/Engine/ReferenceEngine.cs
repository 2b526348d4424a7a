using System.Collections.Immutable;
using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Infrastructure;
using DigitalTrade.Model.Metrics;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.State;
using DigitalTrade.Model.Trade;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Engine;

/// <summary>
/// Runs a scenario's rounds in-process, without Orleans, over the same pure functions the
/// grains call, in the same order. It is the oracle the Orleans run must match byte for byte.
/// </summary>
public static class ReferenceEngine
{
    /// <summary>Reports of rounds 0 (the baseline) to <see cref="ScenarioDefinition.Rounds"/>, lazily.</summary>
    public static IEnumerable<RoundReport> Run(ScenarioDefinition scenario)
    {
        var runner = new RoundRunner(scenario);
        for (var round = 0; round <= scenario.Rounds; round++)
        {
            yield return runner.Play(round);
        }
    }
}

/// <summary>
/// The reference engine's state between rounds and one round's phases (DESIGN §4), in the order the
/// simulation grain plays them. <see cref="Clone"/> lets a benchmark replay one round from the same state.
/// </summary>
public sealed class RoundRunner
{
    private readonly ScenarioDefinition _scenario;
    private readonly WorldGeometry _world;
    private readonly RoundPlan _plan;
    private readonly MemberContext _members;
    private readonly TradeBaseline _baseline;
    private readonly CountryState[] _states;
    private readonly DisputeContext _disputeContext;
    private readonly List<DisputeState> _disputes;
    private NetworkState _network;
    private ImmutableArray<AgreementDefinition> _agreements;

    /// <summary>A run of the scenario at round 0, before anything is played.</summary>
    public RoundRunner(ScenarioDefinition scenario)
    {
        _scenario = scenario;
        _world = WorldGeometry.Build(scenario);
        _plan = new RoundPlan(scenario);
        _members = MemberContext.From(scenario);
        _states = RunSetup.InitialStates(scenario);
        _network = RunSetup.InitialNetwork(scenario);
        _agreements = scenario.Agreements;
        _baseline = TradeBaseline.ForScenario(_world, scenario);
        _disputeContext = DisputeContext.From(scenario);
        _disputes = [];
    }

    private RoundRunner(RoundRunner other)
    {
        _scenario = other._scenario;
        _world = other._world;
        _plan = other._plan;
        _members = other._members;
        _baseline = other._baseline;
        _states = (CountryState[])other._states.Clone();
        _network = other._network;
        _agreements = other._agreements;
        _disputeContext = other._disputeContext;
        _disputes = [.. other._disputes];
    }

    /// <summary>The member states as they stand, in canonical order.</summary>
    public IReadOnlyList<CountryState> States => _states;

    /// <summary>The network as it stands.</summary>
    public NetworkState Network => _network;

    /// <summary>Every dispute filed so far, in filing order.</summary>
    public IReadOnlyList<DisputeState> Disputes => _disputes;

    /// <summary>An independent copy at the same point.</summary>
    public RoundRunner Clone() => new(this);

    /// <summary>Plays one round and answers its report.</summary>
    public RoundReport Play(int round)
    {
        var parameters = _scenario.Parameters;
        var states = _states;

        // 1. Events: the network and the agreements first, then each member.
        var events = _plan.EventsAt(round);
        _network = RunEvents.ApplyNetwork(_network, events);
        _agreements = RunEvents.ApplyAgreements(_agreements, events);
        for (var i = 0; i < states.Length; i++)
        {
            states[i] = MemberSteps.OpenRound(states[i], events, _agreements, round, _members);
        }

        // 2. Policy: each state proposes, reading every state's memory for reciprocity.
        var reciprocity = new double[states.Length];
        for (var j = 0; j < states.Length; j++)
        {
            reciprocity[j] = PolicyRules.Reciprocity(states, j);
        }

        var proposals = new ImmutableArray<PolicyProposal>[states.Length];
        for (var i = 0; i < states.Length; i++)
        {
            proposals[i] = MemberSteps.Decide(states[i], reciprocity[i], round, _members);
        }

        // 3. Commitments and disputes: each agreement rules on its members' increases, weighing each forum's
        // deterrence; each member applies the result; open disputes advance, and their ends change states.
        var disputes = _disputeContext.With(_agreements);
        var all = proposals.SelectMany(p => p).ToImmutableArray();
        var rulings = _agreements
            .SelectMany(a => PolicyRules.Check(a, states, all, round, _scenario.Seed, parameters.Policy, disputes))
            .ToImmutableArray();
        for (var i = 0; i < states.Length; i++)
        {
            var iso3 = states[i].Iso3;
            states[i] = MemberSteps.ApplyPolicy(states[i], proposals[i], [.. rulings.Where(r => r.Importer == iso3)], round, _members);
        }

        var stages = ImmutableArray.CreateBuilder<DisputeStageRow>();
        var effects = new List<DisputeEffect>();
        for (var d = 0; d < _disputes.Count; d++)
        {
            if (_disputes[d].IsOpen)
            {
                var (advanced, entered, effect) = DisputeRules.Advance(_disputes[d], round, disputes, parameters);
                _disputes[d] = advanced;
                stages.AddRange(entered);
                if (effect is not null)
                {
                    effects.Add(effect);
                }
            }
        }

        if (effects.Count > 0)
        {
            for (var i = 0; i < states.Length; i++)
            {
                states[i] = DisputeEffects.Apply(states[i], effects);
            }
        }

        // 4. Trade.
        var context = RunSetup.CostContextAt(_world, _scenario, round, _network, _agreements);
        var outcome = TradePhase.Solve(_world, states, parameters, _baseline, context);

        // Harmed partners decide whether to file, at this round's flows.
        var filed = DisputePhase.File(rulings, states, outcome, _world, round, disputes, parameters);
        _disputes.AddRange(filed);
        stages.AddRange(filed.Select(f => new DisputeStageRow(f.Id, round, DisputeNames.Name(DisputeStage.Consultations))));

        // 6. Record, from the states the trade phase saw.
        var records = _plan.RecordsAt(round).Concat(RunEvents.Describe(round, all, rulings));
        var report = Recorder.Record(
            round, _world, states, outcome, records, parameters, context, DisputeRecord.Of(_disputes, stages, filed.Length));

        // 5. Growth.
        for (var i = 0; i < states.Length; i++)
        {
            states[i] = MemberSteps.CloseRound(states[i], outcome.Countries[i], round, _members);
        }

        return report;
    }
}
