using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Events;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Tests;

/// <summary>Zero change, zero effect: an event with factor 1 must leave every output bit unchanged.</summary>
public sealed class NeutralEventTests
{
    private const int Rounds = 3;

    private static void AssertSameOutputs(ScenarioEvent neutral)
    {
        var plain = TestWorld.CentralAsiaScenario(rounds: Rounds);
        var withEvent = plain with { Events = [neutral] };

        var expected = ReferenceEngine.Run(plain).ToArray();
        var actual = ReferenceEngine.Run(withEvent).ToArray();

        Assert.Equal(expected.Length, actual.Length);
        for (var r = 0; r < expected.Length; r++)
        {
            // The event itself is recorded in events.csv; every other row must be identical.
            ReportAssert.SameRows(expected[r], actual[r], includeEvents: false);
        }
    }

    [Fact]
    public void Trade_cost_change_with_factor_one_for_every_pair_changes_no_output() =>
        AssertSameOutputs(TestWorld.CostChange(1, 1.0));

    [Fact]
    public void Trade_cost_change_with_factor_one_for_one_pair_and_sector_changes_no_output() =>
        AssertSameOutputs(TestWorld.CostChange(2, 1.0, importers: ["KAZ"], exporters: ["CHN"], sectors: [Sector.Digital]));

    [Fact]
    public void Endowment_shock_with_factor_one_changes_no_output() =>
        AssertSameOutputs(new EndowmentShock(1, "RUS", null, 1.0));

    [Fact]
    public void Endowment_shock_with_factor_one_in_one_sector_changes_no_output() =>
        AssertSameOutputs(new EndowmentShock(2, "KGZ", Sector.Ecommerce, 1.0));
}
