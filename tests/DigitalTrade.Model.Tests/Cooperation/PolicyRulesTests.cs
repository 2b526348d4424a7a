using System.Collections.Immutable;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.State;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Tests.Cooperation;

/// <summary>Phase 2: each state's proposals from its score, and the reciprocity signal it reads.</summary>
public sealed class PolicyRulesTests
{
    private static readonly ScenarioDefinition Scenario = Build();

    private static ScenarioDefinition Build()
    {
        var scenario = TestWorld.CentralAsiaScenario();
        return scenario with { Setups = CooperationWorld.Setups(scenario) };
    }

    // Sovereignty 1 with weight 3 scores 3 · (1 − ½) = 1.5 above the threshold of 1 (any weight above twice the
    // threshold does): a sure raise, without noise, pressure or reciprocity.
    private static readonly PolicyParameters Sovereign = new() { ShockSd = 0.0, SovereigntyWeight = 3.0, PressureWeight = 0.0, ReciprocityWeight = 0.0 };

    private static CountryState Kazakhstan(Func<PolicyState, PolicyState>? change = null)
    {
        var kaz = RunSetup.InitialStates(Scenario)[1];
        var policy = kaz.Policy with { Sovereignty = 1.0 };
        return kaz with { Policy = change is null ? policy : change(policy) };
    }

    [Theory]
    // Import penetration 2 points lower, gains unchanged: pressure −2 < −1, every measure is lowered.
    [InlineData(0.10, 0.12, 1.0, 1.0, -1)]
    // Import penetration 2 points higher: pressure +2 > 1, every measure is raised.
    [InlineData(0.12, 0.10, 1.0, 1.0, 1)]
    // Gains from trade 2% higher, penetration unchanged: −2, lowered.
    [InlineData(0.10, 0.10, 1.02, 1.0, -1)]
    // Gains from trade 2% lower: +2, raised.
    [InlineData(0.10, 0.10, 0.98, 1.0, 1)]
    // Both at once cancel: no change.
    [InlineData(0.12, 0.10, 1.02, 1.0, 0)]
    public void Policy_moves_both_ways_with_import_penetration_and_the_gains_from_trade(
        double penetration, double previousPenetration, double gains, double previousGains, int direction)
    {
        var neutral = Kazakhstan(p => p with { Sovereignty = 0.5 });
        var state = neutral with
        {
            Memory = neutral.Memory with
            {
                Rounds = 2,
                ImportPenetration = penetration,
                PreviousImportPenetration = previousPenetration,
                GainsRatio = gains,
                PreviousGainsRatio = previousGains,
            },
        };
        var parameters = new PolicyParameters { ShockSd = 0.0, ReciprocityWeight = 0.0 };

        var proposals = PolicyRules.Propose(state, 0.0, 3, Scenario.Seed, parameters);

        if (direction == 0)
        {
            Assert.Empty(proposals);
        }
        else
        {
            Assert.NotEmpty(proposals);
            Assert.All(proposals, x => Assert.Equal(direction, Math.Sign(x.To - x.From)));
        }
    }

    [Fact]
    public void Nothing_is_proposed_in_round_zero_whatever_the_score()
    {
        Assert.Empty(PolicyRules.Propose(Kazakhstan(), 10.0, 0, Scenario.Seed, Sovereign));
        Assert.Empty(PolicyRules.Propose(Kazakhstan(), 10.0, 0, Scenario.Seed, new PolicyParameters { ShockSd = 100.0, Threshold = 0.0 }));
    }

    [Fact]
    public void Frozen_policy_proposes_nothing_even_on_a_sure_score()
    {
        Assert.NotEmpty(PolicyRules.Propose(Kazakhstan(), 0.0, 1, Scenario.Seed, Sovereign));

        Assert.Empty(PolicyRules.Propose(Kazakhstan(), 10.0, 1, Scenario.Seed, Sovereign with { Endogenous = false }));
    }

    [Fact]
    public void A_run_with_frozen_policy_changes_no_measure_and_rules_on_nothing()
    {
        var parameters = Scenario.Parameters with { Policy = Scenario.Parameters.Policy with { ShockSd = 5.0, Endogenous = false } };
        var frozen = ReferenceEngine.Run(Scenario with { Rounds = 8, Parameters = parameters }).ToList();
        var moving = ReferenceEngine.Run(Scenario with { Rounds = 8, Parameters = parameters with { Policy = parameters.Policy with { Endogenous = true } } }).ToList();

        Assert.All(frozen, r => Assert.Equal(0, r.World.PolicyChanges));
        Assert.All(frozen, r => Assert.Equal(frozen[0].World.MeanDigitalRestrictiveness, r.World.MeanDigitalRestrictiveness));
        Assert.Contains(moving, r => r.World.PolicyChanges > 0); // the same run with policy free does move
    }

    [Fact]
    public void A_sure_score_raises_every_digital_measure_by_exactly_one_step_and_no_rate()
    {
        var kaz = Kazakhstan(p => p.WithLevel(Measure.Payments, 0.1).WithLevel(Measure.Other, 0.73));

        var proposals = PolicyRules.Propose(kaz, 0.0, 1, Scenario.Seed, Sovereign);

        Assert.Equal<Measure>(Measures.Digital, proposals.Select(p => p.Measure));
        Assert.All(proposals, p =>
        {
            Assert.Equal("KAZ", p.Country);
            Assert.Equal(kaz.Policy.Level(p.Measure), p.From);
            Assert.Equal(p.From + Sovereign.Step, p.To);
            Assert.Equal(Sovereign.SovereigntyWeight * 0.5, p.Score);
            Assert.True(p.Raises);
        });
    }

    [Fact]
    public void A_raise_stops_at_one_and_a_measure_already_at_one_is_not_proposed()
    {
        var kaz = Kazakhstan(p => p.WithLevel(Measure.Infrastructure, 0.99).WithLevel(Measure.DataFlows, 1.0));

        var proposals = PolicyRules.Propose(kaz, 0.0, 1, Scenario.Seed, Sovereign);

        Assert.Equal<Measure>(
            [Measure.Infrastructure, Measure.ElectronicTransactions, Measure.Payments, Measure.Other], proposals.Select(p => p.Measure));
        Assert.Equal(1.0, proposals[0].To);
    }

    [Fact]
    public void A_sure_negative_score_lowers_every_measure_by_one_step_down_to_zero()
    {
        var kaz = Kazakhstan(p => (p with { Sovereignty = 0.0 }).WithLevel(Measure.Payments, 0.01).WithLevel(Measure.Other, 0.0));

        var proposals = PolicyRules.Propose(kaz, 0.0, 1, Scenario.Seed, Sovereign);

        Assert.Equal<Measure>(
            [Measure.Infrastructure, Measure.ElectronicTransactions, Measure.Payments, Measure.DataFlows], proposals.Select(p => p.Measure));
        Assert.All(proposals, p => Assert.Equal(Math.Max(0.0, p.From - Sovereign.Step), p.To));
        Assert.Equal(0.0, proposals[2].To);
    }

    [Fact]
    public void A_score_within_the_threshold_proposes_nothing()
    {
        // 2 · (1 − ½) = 1: not above a threshold of 1.
        Assert.Empty(PolicyRules.Propose(Kazakhstan(), 0.0, 1, Scenario.Seed, Sovereign with { SovereigntyWeight = 2.0 }));
    }

    [Fact]
    public void Reciprocity_adds_to_the_score_with_its_weight()
    {
        // Sovereignty ½ contributes nothing; 10 · 0.11 = 1.1 > 1.
        var kaz = Kazakhstan(p => p with { Sovereignty = 0.5 });
        var p = Sovereign with { ReciprocityWeight = 10.0 };

        var proposals = PolicyRules.Propose(kaz, 0.11, 1, Scenario.Seed, p);

        Assert.Equal(Measures.DigitalCount, proposals.Length);
        Assert.All(proposals, q => Assert.Equal(10.0 * 0.11, q.Score));
        Assert.Empty(PolicyRules.Propose(kaz, 0.09, 1, Scenario.Seed, p));
    }

    [Fact]
    public void Reciprocity_averages_the_positive_raises_of_the_others_only()
    {
        var states = RunSetup.InitialStates(Scenario);
        ImmutableArray<double>[] raised =
        [
            [0.0, 0.04, 0.0, 0.0, 0.0],   // CHN raised 0.04 against KAZ
            [0.5, 0.5, 0.5, 0.5, 0.5],    // KAZ itself, including 0.5 "against itself": ignored
            [0.0, -0.3, 0.0, 0.0, 0.0],   // KGZ lowered: counts as 0, not −0.3
            [0.0, 0.02, 0.0, 0.0, 0.0],   // RUS
            [],                           // UZB has no record yet
        ];
        states = [.. states.Select((s, i) => s with { Memory = s.Memory with { RaisedAgainst = raised[i] } })];

        Assert.Equal((0.04 + 0.0 + 0.02) / 4.0, PolicyRules.Reciprocity(states, 1));
        Assert.Equal(0.5 / 4.0, PolicyRules.Reciprocity(states, 0));
        Assert.Equal(0.0, PolicyRules.Reciprocity([states[1]], 0));
    }

    [Fact]
    public void Remembering_records_the_rise_of_the_average_effective_restrictiveness_against_each_partner()
    {
        var countries = Scenario.Countries.Select(c => c.Iso3).ToArray();
        var kaz = RunSetup.InitialStates(Scenario)[1];
        Assert.All(kaz.Memory.RaisedAgainst, r => Assert.Equal(0.0, r));

        // Four measures at 0.4 and data flows at 0.9: the average rises from 0.4 to 0.5 against every partner.
        var raised = PolicyRules.Remember(kaz with { Policy = kaz.Policy.WithLevel(Measure.DataFlows, 0.9) }, countries, 1);

        foreach (var i in (ReadOnlySpan<int>)[0, 2, 3, 4])
        {
            Assert.Equal(0.5, raised.Memory.EffectiveAgainst[i], 1e-15);
            Assert.Equal(0.1, raised.Memory.RaisedAgainst[i], 1e-15);
        }
    }

    [Fact]
    public void The_effective_restrictiveness_a_state_remembers_against_itself_is_zero_as_documented()
    {
        // PolicyRules.EffectiveRestrictiveness and RoundMemory say "0 for itself"; PolicyState.EffectiveMatrix says
        // "0 against itself". Nothing reads the entry (reciprocity skips it, T_ii = 1), but the memory carries it.
        var countries = Scenario.Countries.Select(c => c.Iso3).ToArray();
        var kaz = RunSetup.InitialStates(Scenario)[1];

        var raised = PolicyRules.Remember(kaz with { Policy = kaz.Policy.WithLevel(Measure.DataFlows, 0.9) }, countries, 1);

        Assert.Equal(0.0, kaz.Memory.EffectiveAgainst[1]);
        Assert.Equal(0.0, raised.Memory.EffectiveAgainst[1]);
        Assert.Equal(0.0, raised.Memory.RaisedAgainst[1]);
    }
}
