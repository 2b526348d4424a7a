using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Events;
using DigitalTrade.Model.Metrics;

namespace DigitalTrade.Model.Tests.Cooperation;

/// <summary>The Gini coefficient of the digital divide, on its own and in world.csv.</summary>
public sealed class GiniTests
{
    /// <summary>The definition, G = Σ_i Σ_j |x_i − x_j| / (2 n² x̄), term by term.</summary>
    private static double ByDefinition(IReadOnlyList<double> x)
    {
        var n = x.Count;
        var sum = 0.0;
        foreach (var a in x)
        {
            foreach (var b in x)
            {
                sum += Math.Abs(a - b);
            }
        }

        return sum / (2.0 * n * n * x.Average());
    }

    [Theory]
    [InlineData(3, 0.1)]
    [InlineData(4, 0.6)]
    [InlineData(5, 0.6)]
    [InlineData(7, 0.3)]
    [InlineData(69, 0.7123)]
    public void Equal_values_give_exactly_zero(int count, double value)
    {
        Assert.Equal(0.0, Gini.Of([.. Enumerable.Repeat(value, count)]));
    }

    [Fact]
    public void One_holder_of_everything_among_four_gives_three_quarters()
    {
        Assert.Equal(0.75, Gini.Of([0.0, 0.0, 0.0, 1.0]));
        Assert.Equal(0.75, Gini.Of([0.0, 2.5, 0.0, 0.0]));
    }

    [Fact]
    public void Empty_and_all_zero_sets_give_zero_and_negative_values_are_rejected()
    {
        Assert.Equal(0.0, Gini.Of([]));
        Assert.Equal(0.0, Gini.Of([0.0, 0.0, 0.0]));
        Assert.Throws<ArgumentException>(() => Gini.Of([0.3, -0.1, 0.5]));
    }

    [Fact]
    public void The_coefficient_follows_the_definition_and_ignores_scale_and_order()
    {
        double[] values = [0.31, 0.77, 0.52, 0.05, 0.99, 0.64, 0.2];
        var gini = Gini.Of(values);

        TestWorld.AssertRelative(ByDefinition(values), gini, 1e-14, "against the definition");
        TestWorld.AssertRelative(gini, Gini.Of([.. values.Select(v => v * 1234.5)]), 1e-14, "scaled up");
        TestWorld.AssertRelative(gini, Gini.Of([.. values.Select(v => v / 3.0)]), 1e-14, "scaled down");
        Assert.Equal(gini, Gini.Of([.. values.Reverse()]));
        Assert.InRange(gini, 0.0, 1.0);
    }

    [Fact]
    public void Equal_readiness_in_the_set_ups_gives_a_readiness_gini_of_zero_in_every_round()
    {
        var scenario = TestWorld.CentralAsiaScenario(TestWorld.Mechanical, rounds: 3);
        scenario = scenario with { Setups = CooperationWorld.Setups(scenario, s => s with { Readiness = 0.6 }) };

        Assert.All(ReferenceEngine.Run(scenario), r => Assert.Equal(0.0, r.World.ReadinessGini));
    }

    [Fact]
    public void A_digital_investment_opens_a_divide_that_world_rows_report_from_its_round()
    {
        var scenario = TestWorld.CentralAsiaScenario(TestWorld.Mechanical, rounds: 3, events: [new DigitalInvestment(2, "KGZ", 1.0)]);
        scenario = scenario with { Setups = CooperationWorld.Setups(scenario, s => s with { Readiness = 0.5 }) };

        var reports = ReferenceEngine.Run(scenario).ToArray();

        // Before the investment every readiness is equal (up to the rounding of the Gini sum itself).
        Assert.InRange(reports[1].World.ReadinessGini, -1e-15, 1e-15);
        for (var r = 2; r <= 3; r++)
        {
            Assert.True(reports[r].World.ReadinessGini > 0.0, $"round {r}: the divide should show");
            Assert.Equal(Gini.Of([.. reports[r].Countries.Select(c => c.Readiness!.Value)]), reports[r].World.ReadinessGini);
        }
    }
}
