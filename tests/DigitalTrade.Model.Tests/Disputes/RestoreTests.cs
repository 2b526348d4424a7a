using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.State;

namespace DigitalTrade.Model.Tests.Disputes;

/// <summary>
/// Viet Nam raises data flows from 0.4 to 0.46 in breach of its RCEP commitments towards China and Japan;
/// China files. A settlement, a withdrawal after the Joint Committee, or compliance with a ruling puts the
/// measure back within the commitment towards China, and towards China only; the other ends leave it.
/// </summary>
public sealed class RestoreTests
{
    private const int Round = 1;
    private const double Bound = 0.4;
    private const double Raised = 0.46;

    [Theory]
    [InlineData(DisputeOutcome.Settled)]
    [InlineData(DisputeOutcome.Withdrawn)]
    [InlineData(DisputeOutcome.Complied)]
    public void An_outcome_that_puts_the_measure_back_restores_the_binding_towards_the_complainant(DisputeOutcome outcome)
    {
        var states = Violated();
        var vietnam = states.Single(s => s.Iso3 == "VNM");
        var course = Course(outcome);
        Assert.Equal(outcome, course.Final.Outcome);
        var effect = Assert.IsType<DisputeEffect>(course.Effect);
        Assert.Equal(new DisputeEffect("VNM", "CHN", "rcep", Measure.DataFlows, 0.0, course.Final.Id), effect);

        var after = DisputeEffects.Apply(vietnam, [effect]);

        var binding = after.Policy.Bindings.Single(b => b.Partner == "CHN" && b.Measure == Measure.DataFlows);
        Assert.Equal(BindingStatus.Active, binding.Status);
        Assert.Equal(binding.BoundAt(Round), after.Policy.Effective(Measure.DataFlows, "CHN", Round));
        Assert.Equal(Bound, after.Policy.Effective(Measure.DataFlows, "CHN", Round));
        Assert.Equal(Raised, after.Policy.Level(Measure.DataFlows)); // the applied level stays for everyone else
        Assert.Equal(Raised, after.Policy.Effective(Measure.DataFlows, "JPN", Round)); // Japan did not file
        Assert.Equal(BindingStatus.Violated, after.Policy.Bindings.Single(b => b.Partner == "JPN" && b.Measure == Measure.DataFlows).Status);
        Assert.Equal(Raised, after.Policy.Effective(Measure.DataFlows, "UZB", Round));
        Assert.Empty(after.Policy.Surcharges);

        // The effect concerns the respondent only.
        Assert.All(states.Where(s => s.Iso3 != "VNM"), s => Assert.Same(s, DisputeEffects.Apply(s, [effect])));
    }

    [Theory]
    [InlineData(DisputeOutcome.Rejected)]
    [InlineData(DisputeOutcome.JointCommittee)]
    [InlineData(DisputeOutcome.AppealIntoVoid)]
    public void An_outcome_that_leaves_the_measure_changes_nothing(DisputeOutcome outcome)
    {
        var course = Course(outcome);

        Assert.Equal(outcome, course.Final.Outcome);
        Assert.Null(course.Effect);
    }

    [Fact]
    public void In_a_run_every_dispute_that_puts_the_measure_back_leaves_the_binding_holding_after_its_round()
    {
        var runner = new RoundRunner(RcepRun.Scenario);
        var restored = 0;
        for (var r = 0; r <= RcepRun.Rounds; r++)
        {
            runner.Play(r);
            foreach (var d in runner.Disputes.Where(d => d.ClosedRound == r))
            {
                var respondent = runner.States.Single(s => s.Iso3 == d.Respondent).Policy;
                var binding = respondent.Bindings.Single(b => b.Agreement == d.Agreement && b.Partner == d.Complainant && b.Measure == d.Measure);
                if (d.Outcome is DisputeOutcome.Settled or DisputeOutcome.Withdrawn or DisputeOutcome.Complied)
                {
                    restored++;
                    Assert.Equal(BindingStatus.Active, binding.Status);
                    Assert.Equal(Math.Min(respondent.Level(d.Measure), binding.BoundAt(r)), respondent.Effective(d.Measure, d.Complainant, r));
                }
                else
                {
                    Assert.NotEqual(BindingStatus.Active, binding.Status);
                }
            }
        }

        Assert.True(restored > 0, "no dispute of the run put its measure back");
    }

    /// <summary>The states after Viet Nam's raise, which both its data-flows bindings rule a violation.</summary>
    private static CountryState[] Violated()
    {
        var scenario = DisputeWorld.Scenario();
        var states = RunSetup.InitialStates(scenario);
        var countries = scenario.Countries.Select(c => c.Iso3).ToArray();
        var proposal = new PolicyProposal("VNM", Measure.DataFlows, Bound, Raised, 5.0);
        CommitmentRuling Ruling(string partner) =>
            new("rcep", "VNM", partner, Measure.DataFlows, [ProvisionCatalog.DataFlows, ProvisionCatalog.ComputingLocation], false, 0.1, RulingOutcome.Violated);
        var v = Array.FindIndex(states, s => s.Iso3 == "VNM");
        states[v] = PolicyRules.Apply(states[v], [proposal], [Ruling("CHN"), Ruling("JPN")], countries, Round);
        Assert.Equal(Raised, states[v].Policy.Effective(Measure.DataFlows, "CHN", Round));
        return states;
    }

    /// <summary>China's dispute over the data-flows binding, with draws that end it in the outcome.</summary>
    private static Course Course(DisputeOutcome outcome)
    {
        var p = DisputeWorld.Certain;
        var parameters = outcome switch
        {
            DisputeOutcome.Settled => p.Preferring(Forum.Rcep, Forum.None) with { Rcep = p.Rcep.Fixed(settle: 1.0) },
            DisputeOutcome.Withdrawn => p.Preferring(Forum.Rcep, Forum.None) with { Rcep = p.Rcep.Fixed(settle: 0.0) with { JointCommitteeResolution = 1.0 } },
            DisputeOutcome.JointCommittee => p.Preferring(Forum.Rcep, Forum.None) with { Rcep = p.Rcep.Fixed(settle: 0.0) with { JointCommitteeResolution = 0.0 } },
            DisputeOutcome.Complied => p.Preferring(Forum.Wto, Forum.None) with { Wto = p.Wto.Fixed(settle: 0.0, win: 1.0, appeal: 0.0, comply: 1.0) },
            DisputeOutcome.Rejected => p.Preferring(Forum.Wto, Forum.None) with { Wto = p.Wto.Fixed(settle: 0.0, win: 0.0) },
            DisputeOutcome.AppealIntoVoid => p.Preferring(Forum.Wto, Forum.None) with { Wto = p.Wto.Fixed(settle: 0.0, win: 1.0, appeal: 1.0) },
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "not an end this test draws"),
        };
        var context = DisputeWorld.Context(parameters);
        return DisputeWorld.Drive(DisputeWorld.File(context, "CHN", "VNM", ProvisionCatalog.DataFlows), context);
    }
}
