using DigitalTrade.Model.Digital;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Events;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.State;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Tests.Cooperation;

/// <summary>Readiness closes part of its gap to 1 for an effort: increasing, concave, bounded; and digital productivity follows it.</summary>
public sealed class ReadinessTests
{
    private static readonly ReadinessParameters P = new();
    private static readonly double[] Amounts = [0.0, 0.1, 0.5, 1.0, 2.0, 5.0, 20.0];

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.4)]
    [InlineData(0.9)]
    public void Investment_raises_readiness_with_diminishing_returns_and_never_past_one(double readiness)
    {
        const double Gdp = 100.0;
        double Invest(double usdBn) => ReadinessRules.Invest(readiness, usdBn, Gdp, P);

        Assert.Equal(readiness, Invest(0.0), 1e-15);
        for (var a = 1; a < Amounts.Length; a++)
        {
            Assert.True(Invest(Amounts[a]) > Invest(Amounts[a - 1]), $"R({Amounts[a]}) should exceed R({Amounts[a - 1]})");
            var x = Amounts[a];
            Assert.True(Invest(2 * x) - Invest(x) < Invest(x) - Invest(0.0), $"returns should diminish at {x}");
            Assert.True(Invest(x) <= 1.0);
        }

        Assert.Equal(1.0, Invest(1e6));

        // 1 − (1 − R) e^(−efficiency · I / GDP): 1% of GDP closes 1 − e^(−0.2) ≈ 18% of the gap.
        TestWorld.AssertRelative(1.0 - ((1.0 - readiness) * Math.Exp(-P.InvestmentEfficiency * 1.0 / Gdp)), Invest(1.0), 1e-15, "R after 1% of GDP");
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.4)]
    [InlineData(0.9)]
    public void Training_raises_readiness_with_diminishing_returns_and_never_past_one(double readiness)
    {
        const double PopulationM = 10.0;
        double Train(double thousands) => ReadinessRules.Train(readiness, thousands * 1000.0, PopulationM, P);

        Assert.Equal(readiness, Train(0.0), 1e-15);
        for (var a = 1; a < Amounts.Length; a++)
        {
            Assert.True(Train(Amounts[a]) > Train(Amounts[a - 1]), $"R({Amounts[a]}k) should exceed R({Amounts[a - 1]}k)");
            var x = Amounts[a];
            Assert.True(Train(2 * x) - Train(x) < Train(x) - Train(0.0), $"returns should diminish at {x}k");
            Assert.True(Train(x) <= 1.0);
        }

        Assert.Equal(1.0, Train(1e6));
        TestWorld.AssertRelative(1.0 - ((1.0 - readiness) * Math.Exp(-P.TrainingEfficiency * 5000.0 / PopulationM)), Train(5.0), 1e-15, "R after 5,000 trainees");
    }

    [Theory]
    [InlineData(0.4)]
    [InlineData(0.3)]
    [InlineData(0.05)]
    [InlineData(0.123)]
    public void No_effort_leaves_readiness_bit_identical(double readiness)
    {
        // 1 − (1 − R) · e^0 is R in exact arithmetic but not always in doubles (0.05 comes back as
        // 0.050000000000000044); WithReadiness then rescales the digital endowment by (R'/R)^η ≠ 1. So no investment,
        // a negative one, no trainees, or a catch-up rate of 0 (in its documented range 0–0.05) still moves the run.
        Assert.Equal(readiness, ReadinessRules.Invest(readiness, 0.0, 100.0, P));
        Assert.Equal(readiness, ReadinessRules.Invest(readiness, -5.0, 100.0, P));
        Assert.Equal(readiness, ReadinessRules.Train(readiness, 0.0, 10.0, P));
        Assert.Equal(readiness, ReadinessRules.Drift(readiness, 91, P with { CatchUpAnnual = 0.0 }));
    }

    [Fact]
    public void Negative_effort_never_lowers_readiness()
    {
        foreach (var readiness in (ReadOnlySpan<double>)[0.05, 0.3, 0.4, 0.9])
        {
            Assert.True(ReadinessRules.Invest(readiness, -5.0, 100.0, P) >= readiness);
            Assert.True(ReadinessRules.Train(readiness, -5.0, 10.0, P) >= readiness);
        }
    }

    [Fact]
    public void Drift_closes_the_annual_catch_up_share_of_the_gap_in_a_year()
    {
        const double R = 0.4;

        // One 365-day round: the gap shrinks by exactly the annual share.
        TestWorld.AssertRelative(1.0 - ((1.0 - R) * (1.0 - P.CatchUpAnnual)), ReadinessRules.Drift(R, 365, P), 1e-15, "one year");

        // Four quarterly rounds of 91 days cover 364 days: the gap shrinks by (1 − c)^(364/365), compounded.
        var quarterly = R;
        for (var q = 0; q < 4; q++)
        {
            quarterly = ReadinessRules.Drift(quarterly, 91, P);
        }

        TestWorld.AssertRelative(1.0 - ((1.0 - R) * Math.Pow(1.0 - P.CatchUpAnnual, 364.0 / 365.0)), quarterly, 1e-15, "four quarters");
        TestWorld.AssertRelative(ReadinessRules.Drift(R, 364, P), quarterly, 1e-15, "four quarters against one 364-day round");

        // Five rounds of 73 days are exactly a year.
        var fifths = R;
        for (var q = 0; q < 5; q++)
        {
            fifths = ReadinessRules.Drift(fifths, 73, P);
        }

        TestWorld.AssertRelative(ReadinessRules.Drift(R, 365, P), fifths, 1e-15, "five 73-day rounds against one year");
    }

    [Fact]
    public void Drift_keeps_full_readiness_at_one_and_rises_from_the_floor()
    {
        Assert.Equal(1.0, ReadinessRules.Drift(1.0, 91, P));
        Assert.True(ReadinessRules.Drift(P.Floor, 91, P) > P.Floor);
    }

    [Fact]
    public void A_new_readiness_scales_the_digital_endowment_by_the_ratio_to_the_elasticity_and_nothing_else()
    {
        var scenario = TestWorld.CentralAsiaScenario();
        var kaz = TestWorld.InitialStates(scenario)[1];
        kaz = kaz with { Digital = kaz.Digital with { Readiness = 0.5 } };
        const double Eta = 0.5;

        var after = MemberSteps.WithReadiness(kaz, 0.6, Eta);

        var d = (int)Sector.Digital;
        Assert.Equal(0.6, after.Digital.Readiness);
        Assert.Equal(kaz.Endowment[d] * Math.Pow(0.6 / 0.5, Eta), after.Endowment[d]);
        TestWorld.AssertRelative(kaz.Endowment[d] * Math.Sqrt(1.2), after.Endowment[d], 1e-15, "digital endowment");
        Assert.Equal(kaz.Endowment[(int)Sector.Goods], after.Endowment[(int)Sector.Goods]);
        Assert.Equal(kaz.Endowment[(int)Sector.Ecommerce], after.Endowment[(int)Sector.Ecommerce]);
        Assert.Equal(kaz.OtherOutput, after.OtherOutput);
        Assert.Equal(kaz.Policy, after.Policy);
        Assert.Same(kaz, MemberSteps.WithReadiness(kaz, 0.5, Eta));
    }

    [Fact]
    public void A_digital_investment_event_raises_readiness_by_the_rule_and_digital_productivity_with_it()
    {
        var scenario = TestWorld.CentralAsiaScenario();
        var world = WorldGeometry.Build(scenario);
        var kaz = TestWorld.InitialStates(scenario)[world.IndexOf("KAZ")];
        kaz = kaz with { Digital = kaz.Digital with { Readiness = 0.5 } };
        var p = scenario.Parameters;

        var after = EventRules.Apply(kaz, [new DigitalInvestment(1, "KAZ", 2.6)], world.Iso3, p);

        var expected = ReadinessRules.Invest(0.5, 2.6, kaz.Gdp, p.Readiness);
        Assert.Equal(expected, after.Digital.Readiness);
        Assert.Equal<double>(MemberSteps.WithReadiness(kaz, expected, p.Readiness.ProductivityElasticity).Endowment, after.Endowment);
        Assert.True(after.Endowment[(int)Sector.Digital] > kaz.Endowment[(int)Sector.Digital]);
    }

    [Fact]
    public void Closing_a_round_lets_readiness_drift_and_scales_digital_endowment_before_growth()
    {
        // No growth: the endowment change is the readiness factor alone.
        var scenario = TestWorld.CentralAsiaScenario(TestWorld.NoGrowth with
        {
            Growth = TestWorld.NoGrowth.Growth with { IncomeFeedback = 0.0 },
        }) with
        {
            Setups = CooperationWorld.Setups(TestWorld.CentralAsiaScenario()),
        };
        var runner = new RoundRunner(scenario);
        CountryState[] before = [.. runner.States];

        runner.Play(0);

        var p = scenario.Parameters.Readiness;
        for (var i = 0; i < before.Length; i++)
        {
            var drifted = ReadinessRules.Drift(before[i].Digital.Readiness, scenario.RoundDays, p);
            var after = runner.States[i];
            Assert.Equal(drifted, after.Digital.Readiness);
            TestWorld.AssertRelative(
                before[i].Endowment[(int)Sector.Digital] * Math.Pow(drifted / before[i].Digital.Readiness, p.ProductivityElasticity),
                after.Endowment[(int)Sector.Digital], 1e-15, $"{after.Iso3} digital endowment");
            Assert.Equal(before[i].Endowment[(int)Sector.Goods], after.Endowment[(int)Sector.Goods]);
        }
    }
}
