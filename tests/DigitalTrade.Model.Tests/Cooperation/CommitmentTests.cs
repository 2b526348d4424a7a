using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.State;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Tests.Cooperation;

/// <summary>
/// A data-flows standstill of Kazakhstan towards Uzbekistan (bound at Kazakhstan's 0.4): what becomes of a
/// proposed raise to 0.42, and what each partner faces afterwards.
/// </summary>
public sealed class CommitmentTests
{
    private const int Round = 1;
    private const double Bound = 0.4;
    private const double Raised = 0.42;

    private static readonly ScenarioDefinition Base = TestWorld.CentralAsiaScenario(TestWorld.Mechanical);
    private static readonly string[] Countries = [.. Base.Countries.Select(c => c.Iso3)];

    private static AgreementDefinition Standstill(bool disputeSettlement, ExceptionRates? exceptions = null) =>
        CooperationWorld.Agreement(
            "dea", AgreementKind.Dea, [("KAZ", -1), ("UZB", -1)],
            [CooperationWorld.Provision(ProvisionCatalog.DataFlows, depth: 0.0, disputeSettlement: disputeSettlement)],
            exceptions: exceptions);

    private static (CountryState[] States, CountryState Kazakhstan) Start(AgreementDefinition agreement)
    {
        var states = RunSetup.InitialStates(Base with { Setups = CooperationWorld.Setups(Base), Agreements = [agreement] });
        return (states, states.Single(s => s.Iso3 == "KAZ"));
    }

    private static PolicyProposal Raise(double score, double from = Bound, double to = Raised) => new("KAZ", Measure.DataFlows, from, to, score);

    private static CountryState Apply(CountryState state, PolicyProposal proposal, IReadOnlyList<CommitmentRuling> rulings) =>
        PolicyRules.Apply(state, [proposal], rulings, Countries, Round);

    [Fact]
    public void The_standstill_binds_at_the_level_of_the_start()
    {
        var (_, kaz) = Start(Standstill(disputeSettlement: true));

        var binding = Assert.Single(kaz.Policy.Bindings);
        Assert.Equal(("dea", "UZB", Measure.DataFlows, Bound, 0.0), (binding.Agreement, binding.Partner, binding.Measure, binding.BaseLevel, binding.Reduction));
        Assert.Equal(Bound, binding.BoundAt(Round));
    }

    [Fact]
    public void An_enforced_commitment_blocks_a_covered_raise_for_the_partner_only()
    {
        var agreement = Standstill(disputeSettlement: true);
        var (states, kaz) = Start(agreement);
        var p = new PolicyParameters { EnforcedCommitmentCost = 100.0 };
        var proposal = Raise(score: 5.0);

        var ruling = Assert.Single(PolicyRules.Check(agreement, states, [proposal], Round, Base.Seed, p));
        var after = Apply(kaz, proposal, [ruling]);

        Assert.Equal(RulingOutcome.Blocked, ruling.Outcome);
        Assert.Equal(("KAZ", "UZB", 100.0), (ruling.Importer, ruling.Partner, ruling.ExpectedCost));
        Assert.Equal(Raised, after.Policy.Level(Measure.DataFlows));
        Assert.Equal(BindingStatus.Active, Assert.Single(after.Policy.Bindings).Status);
        Assert.Equal(Bound, after.Policy.Effective(Measure.DataFlows, "UZB", Round));
        Assert.Equal(Raised, after.Policy.Effective(Measure.DataFlows, "CHN", Round));
        Assert.Equal(Raised, after.Policy.Effective(Measure.DataFlows, "RUS", Round));
    }

    [Fact]
    public void A_certain_public_policy_exception_lets_the_raise_through_to_the_partner()
    {
        var agreement = Standstill(disputeSettlement: true, new ExceptionRates(1.0, 0.0));
        var (states, kaz) = Start(agreement);
        var proposal = Raise(score: 1.5);

        var ruling = Assert.Single(PolicyRules.Check(agreement, states, [proposal], Round, Base.Seed, new PolicyParameters()));
        var after = Apply(kaz, proposal, [ruling]);

        Assert.Equal(RulingOutcome.PublicPolicyException, ruling.Outcome);
        Assert.Equal(BindingStatus.PublicPolicyException, Assert.Single(after.Policy.Bindings).Status);
        Assert.Equal(Raised, after.Policy.Effective(Measure.DataFlows, "UZB", Round));
    }

    [Fact]
    public void A_certain_security_exception_lets_the_raise_through_to_the_partner()
    {
        var agreement = Standstill(disputeSettlement: true, new ExceptionRates(0.0, 1.0));
        var (states, kaz) = Start(agreement);
        var proposal = Raise(score: 1.5);

        var ruling = Assert.Single(PolicyRules.Check(agreement, states, [proposal], Round, Base.Seed, new PolicyParameters()));
        var after = Apply(kaz, proposal, [ruling]);

        Assert.Equal(RulingOutcome.SecurityException, ruling.Outcome);
        Assert.Equal(BindingStatus.SecurityException, Assert.Single(after.Policy.Bindings).Status);
        Assert.Equal(Raised, after.Policy.Effective(Measure.DataFlows, "UZB", Round));
    }

    [Fact]
    public void Without_dispute_settlement_a_strong_raise_breaks_the_commitment()
    {
        // Default costs: 0.1 unenforced, threshold 1, so a score of 5 still clears the threshold.
        var agreement = Standstill(disputeSettlement: false);
        var (states, kaz) = Start(agreement);
        var proposal = Raise(score: 5.0);

        var ruling = Assert.Single(PolicyRules.Check(agreement, states, [proposal], Round, Base.Seed, new PolicyParameters()));
        var after = Apply(kaz, proposal, [ruling]);

        Assert.Equal(RulingOutcome.Violated, ruling.Outcome);
        Assert.Equal(new PolicyParameters().UnenforcedCommitmentCost, ruling.ExpectedCost);
        Assert.False(ruling.DisputeSettlement);
        Assert.Equal(BindingStatus.Violated, Assert.Single(after.Policy.Bindings).Status);
        Assert.Equal(Raised, after.Policy.Effective(Measure.DataFlows, "UZB", Round));
    }

    [Fact]
    public void Without_dispute_settlement_a_raise_that_the_cost_takes_below_the_threshold_is_blocked()
    {
        // 1.05 − 0.1 = 0.95 < 1.
        var agreement = Standstill(disputeSettlement: false);
        var (states, _) = Start(agreement);

        var ruling = Assert.Single(PolicyRules.Check(agreement, states, [Raise(score: 1.05)], Round, Base.Seed, new PolicyParameters()));

        Assert.Equal(RulingOutcome.Blocked, ruling.Outcome);
    }

    [Fact]
    public void A_raise_that_stays_within_the_bound_is_not_ruled_on()
    {
        var agreement = Standstill(disputeSettlement: true);
        var (states, kaz) = Start(agreement);
        var lowered = kaz with { Policy = kaz.Policy.WithLevel(Measure.DataFlows, 0.3) };
        states = [.. states.Select(s => s.Iso3 == "KAZ" ? lowered : s)];

        // 0.3 → 0.32 and 0.38 → exactly the bound: neither goes above it.
        Assert.Empty(PolicyRules.Check(agreement, states, [Raise(5.0, 0.3, 0.32)], Round, Base.Seed, new PolicyParameters()));
        Assert.Empty(PolicyRules.Check(agreement, states, [Raise(5.0, 0.38, Bound)], Round, Base.Seed, new PolicyParameters()));
        var after = Apply(lowered, Raise(5.0, 0.3, 0.32), []);
        Assert.Equal(0.32, after.Policy.Effective(Measure.DataFlows, "UZB", Round));
    }

    [Fact]
    public void Raises_of_other_measures_and_of_non_members_are_not_ruled_on()
    {
        var agreement = Standstill(disputeSettlement: true);
        var (states, _) = Start(agreement);

        Assert.Empty(PolicyRules.Check(
            agreement, states,
            [new PolicyProposal("KAZ", Measure.Payments, Bound, Raised, 5.0), new PolicyProposal("CHN", Measure.DataFlows, Bound, Raised, 5.0)],
            Round, Base.Seed, new PolicyParameters()));
    }

    [Fact]
    public void In_a_run_the_blocked_raise_reaches_the_non_member_but_not_the_partner()
    {
        // Kazakhstan alone wants autonomy: score 3 · (1 − ½) = 1.5 > 1 on every measure. Uzbekistan would take a
        // data-flows matter to the WTO, where appeals go into the void (neither is in the MPIA): the expected cost is
        // weight × 0.5 × 0.85 × 0.33 × 0.9^(548/365), 0.48 at the default weight; at 20 it is 2.4, and 1.5 − 2.4 < 1.
        var scenario = Base with
        {
            Rounds = 1,
            Parameters = TestWorld.Mechanical with
            {
                Policy = TestWorld.Mechanical.Policy with { SovereigntyWeight = 3.0 },
                Disputes = new DisputeParameters { DeterrenceWeight = 20.0 },
            },
            Setups = CooperationWorld.Setups(Base, s => s.Iso3 == "KAZ" ? s with { Sovereignty = 1.0 } : s),
            Agreements = [Standstill(disputeSettlement: true)],
        };
        var runner = new RoundRunner(scenario);
        runner.Play(0);

        var report = runner.Play(1);

        var kaz = runner.States.Single(s => s.Iso3 == "KAZ").Policy;
        Assert.Equal(Bound + 0.02, kaz.Level(Measure.DataFlows));
        Assert.Equal(Bound, kaz.Effective(Measure.DataFlows, "UZB", 1));
        Assert.Equal(Bound + 0.02, kaz.Effective(Measure.DataFlows, "CHN", 1));
        Assert.Equal(Bound + 0.02, kaz.Effective(Measure.Payments, "UZB", 1));
        Assert.Equal(5, report.World.PolicyChanges);
        Assert.Equal(0, report.World.CommitmentViolations);
        var ruled = Assert.Single(report.Events, e => e.Kind == RunEvents.CommitmentKind);
        Assert.Equal("KAZ", ruled.Subject);
        Assert.EndsWith("partner=UZB; measure=data_flows; provisions=ecommerce.data_flows; dispute_settlement=true; outcome=blocked", ruled.Detail);
    }
}
