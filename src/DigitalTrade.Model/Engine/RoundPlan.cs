using System.Collections.Immutable;
using DigitalTrade.Model.Events;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Engine;

/// <summary>The events of each round, grouped once from the scenario; round 0 never has any.</summary>
public sealed class RoundPlan
{
    private readonly ImmutableArray<ImmutableArray<ScenarioEvent>> _byRound;

    /// <summary>Groups the scenario's events by round, keeping their order in the file.</summary>
    public RoundPlan(ScenarioDefinition scenario)
    {
        var byRound = new List<ScenarioEvent>[scenario.Rounds + 1];
        for (var r = 0; r <= scenario.Rounds; r++)
        {
            byRound[r] = [];
        }

        foreach (var scenarioEvent in scenario.Events)
        {
            if (scenarioEvent.Round < 1 || scenarioEvent.Round > scenario.Rounds)
            {
                throw new ArgumentException($"event {scenarioEvent.Kind} at round {scenarioEvent.Round} is outside rounds 1..{scenario.Rounds}", nameof(scenario));
            }

            byRound[scenarioEvent.Round].Add(scenarioEvent);
        }

        _byRound = [.. byRound.Select(list => list.ToImmutableArray())];
    }

    /// <summary>The events of a round, in scenario order.</summary>
    public ImmutableArray<ScenarioEvent> EventsAt(int round) => _byRound[round];

    /// <summary>The events.csv lines of a round.</summary>
    public ImmutableArray<EventRecord> RecordsAt(int round) => [.. _byRound[round].Select(EventRules.Describe)];
}
