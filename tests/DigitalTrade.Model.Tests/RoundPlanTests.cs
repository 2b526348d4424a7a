using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Events;

namespace DigitalTrade.Model.Tests;

public sealed class RoundPlanTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(-1)]
    public void An_event_outside_rounds_one_to_the_last_is_rejected(int round)
    {
        var scenario = TestWorld.CentralAsiaScenario(rounds: 3, events: [new EndowmentShock(round, "KAZ", null, 0.9)]);

        var error = Assert.Throws<ArgumentException>(() => new RoundPlan(scenario));
        Assert.Contains($"at round {round} is outside rounds 1..3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_are_grouped_by_round_in_scenario_order()
    {
        ScenarioEvent first = new EndowmentShock(3, "KAZ", null, 0.9);
        ScenarioEvent second = TestWorld.CostChange(1, 0.8);
        ScenarioEvent third = new EndowmentShock(3, "CHN", null, 1.1);
        var plan = new RoundPlan(TestWorld.CentralAsiaScenario(rounds: 3, events: [first, second, third]));

        Assert.Empty(plan.EventsAt(0));
        Assert.Equal<ScenarioEvent>([second], plan.EventsAt(1));
        Assert.Empty(plan.EventsAt(2));
        Assert.Equal<ScenarioEvent>([first, third], plan.EventsAt(3));
        Assert.Equal<EventRecord>([EventRules.Describe(first), EventRules.Describe(third)], plan.RecordsAt(3));
    }
}
