using System.Collections.Immutable;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Growth;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Randomness;
using DigitalTrade.Model.State;
using DigitalTrade.Model.Trade;

namespace DigitalTrade.Model.Tests;

public sealed class GrowthRuleTests
{
    private const ulong Seed = 2025;

    private static readonly GrowthParameters Trend = new() { AnnualRate = 0.03, ShockSdAnnual = 0.0 };

    private static CountryState Kazakhstan(ModelParameters? parameters = null) =>
        CountryState.Initial(TestWorld.CentralAsia[1], TestWorld.CentralAsia.Length, parameters ?? new ModelParameters());

    [Fact]
    public void Four_quarterly_rounds_without_shocks_grow_endowments_by_the_annual_rate_over_364_days()
    {
        var start = Kazakhstan();
        var state = start;
        for (var round = 1; round <= 4; round++)
        {
            state = GrowthRule.Grow(state, round, Seed, 91, Trend);
        }

        // Four products of exp(ln 1.03 · 91/365): a few ulps of drift, so 1e-12 relative.
        var expected = Math.Pow(1.03, 364.0 / 365.0);
        for (var k = 0; k < start.Endowment.Length; k++)
        {
            TestWorld.AssertRelative(start.Endowment[k] * expected, state.Endowment[k], 1e-12, $"endowment {k}");
        }

        TestWorld.AssertRelative(start.OtherOutput * expected, state.OtherOutput, 1e-12, "other output");
        Assert.All(state.InwardCostShift, row => Assert.All(row, shift => Assert.Equal(0.0, shift)));
    }

    [Fact]
    public void A_country_rate_overrides_the_common_rate_for_that_country_only()
    {
        var growth = Trend with
        {
            AnnualRateByCountry = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("KAZ", 0.07)]),
        };

        Assert.Equal(Math.Log(1.0 + 0.07) * (91 / 365.0), GrowthRule.LogGrowth("KAZ", 1, Seed, 91, growth));
        Assert.Equal(Math.Log(1.0 + 0.03) * (91 / 365.0), GrowthRule.LogGrowth("UZB", 1, Seed, 91, growth));
    }

    [Fact]
    public void The_shock_is_the_keyed_normal_draw_scaled_to_the_round_length()
    {
        var growth = Trend with { ShockSdAnnual = 0.02 };
        var z = CounterRng.Normal(Seed, RandomStreams.Growth, 3, CounterRng.Key("KAZ"));

        var expected = (Math.Log(1.03) * (91 / 365.0)) + (0.02 * Math.Sqrt(91 / 365.0) * z);

        Assert.Equal(expected, GrowthRule.LogGrowth("KAZ", 3, Seed, 91, growth));
    }

    [Fact]
    public void The_same_seed_round_and_country_give_the_same_shock_and_another_seed_a_different_one()
    {
        var growth = Trend with { ShockSdAnnual = 0.01 };

        var first = GrowthRule.LogGrowth("KAZ", 2, Seed, 91, growth);

        Assert.Equal(first, GrowthRule.LogGrowth("KAZ", 2, Seed, 91, growth));
        Assert.NotEqual(first, GrowthRule.LogGrowth("KAZ", 2, Seed + 1, 91, growth));
        Assert.NotEqual(first, GrowthRule.LogGrowth("KAZ", 3, Seed, 91, growth));
        Assert.NotEqual(first, GrowthRule.LogGrowth("KGZ", 2, Seed, 91, growth));
    }

    [Fact]
    public void Without_income_feedback_a_country_grows_the_same_whichever_other_countries_are_in_the_scenario()
    {
        // With the income feedback on, growth depends on the gains from trade, hence on the partners.
        // Same seed, same KAZ; the 3-country world lacks KGZ and RUS. Round 1 output is the
        // round-0 endowment after one growth step, which must be bit-identical (prices may differ).
        var five = TestWorld.Scenario(TestWorld.CentralAsia, TestWorld.Mechanical, rounds: 2, seed: Seed);
        var three = TestWorld.Scenario(TestWorld.CentralAsia.Where(c => c.Iso3 is "CHN" or "KAZ" or "UZB"), TestWorld.Mechanical, rounds: 2, seed: Seed);

        var fromFive = ReferenceEngine.Run(five).Select(r => r.CountrySectors.Where(s => s.Iso3 == "KAZ").Select(s => s.EndowmentUsdBn).ToArray()).ToArray();
        var fromThree = ReferenceEngine.Run(three).Select(r => r.CountrySectors.Where(s => s.Iso3 == "KAZ").Select(s => s.EndowmentUsdBn).ToArray()).ToArray();

        Assert.Equal(fromFive, fromThree);
        Assert.NotEqual(fromFive[0], fromFive[1]);
    }

    [Fact]
    public void Closing_round_zero_fixes_the_real_income_base_and_later_rounds_keep_it()
    {
        var state = Kazakhstan();
        var result = new CountryTradeResult("KAZ", [1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0], [0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0], [1.0, 1.0, 1.0, 1.0], 123.0, 123.0, 1.0, 0.0, 0.0, 123.0);
        var scenario = TestWorld.CentralAsiaScenario();

        var afterZero = MemberSteps.CloseRound(state, result, 0, MemberContext.From(scenario));
        var afterOne = MemberSteps.CloseRound(afterZero, result with { RealIncome = 456.0 }, 1, MemberContext.From(scenario));

        Assert.Equal(123.0, afterZero.BaselineRealIncome);
        Assert.Equal(123.0, afterOne.BaselineRealIncome);
        Assert.Throws<ArgumentException>(() => MemberSteps.CloseRound(state, result with { Iso3 = "UZB" }, 1, MemberContext.From(scenario)));
    }
}
