using DigitalTrade.Model.Events;
using DigitalTrade.Model.Metrics;
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
        var world = WorldGeometry.Build(scenario);
        var plan = new RoundPlan(scenario);
        var parameters = scenario.Parameters;
        var members = MemberContext.From(scenario);
        var states = scenario.Countries
            .Select(c => CountryState.Initial(c, world.Count, parameters))
            .ToArray();
        var baseline = TradeBaseline.ForScenario(world, scenario);

        for (var round = 0; round <= scenario.Rounds; round++)
        {
            var events = plan.EventsAt(round);
            for (var i = 0; i < states.Length; i++)
            {
                states[i] = EventRules.Apply(states[i], events, members.Countries, parameters);
            }

            var outcome = TradePhase.Solve(world, states, parameters, baseline);
            yield return Recorder.Record(round, world, states, outcome, plan.RecordsAt(round), parameters);

            for (var i = 0; i < states.Length; i++)
            {
                states[i] = MemberSteps.CloseRound(states[i], outcome.Countries[i], round, members);
            }
        }
    }
}
