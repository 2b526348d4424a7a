using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Policy;

namespace DigitalTrade.Model.Tests.Disputes;

/// <summary>
/// RCEP chapter 19 is not available for e-commerce chapter matters (Art. 12.17): they go to consultations and
/// the Joint Committee only, whatever the draws; goods matters go to a panel when consultations fail.
/// </summary>
public sealed class RcepForumTests
{
    private const int Seeds = 150;

    private static readonly DisputeParameters RcepFirst = DisputeWorld.Certain.Preferring(Forum.Rcep, Forum.Wto, Forum.None);

    /// <summary>Every course of a Viet Nam–China dispute over the provision for seeds 1 to <see cref="Seeds"/> and filing rounds 1 to 3.</summary>
    private static List<Course> Courses(string provision, bool ecommerceDisputeSettlement = false)
    {
        var context = DisputeWorld.Context(RcepFirst, ecommerceDisputeSettlement: ecommerceDisputeSettlement);
        var courses = new List<Course>();
        for (var seed = 1UL; seed <= Seeds; seed++)
        {
            for (var round = 1; round <= 3; round++)
            {
                var seeded = context with { Seed = seed };
                var dispute = DisputeWorld.File(seeded, "VNM", "CHN", provision, round);
                Assert.Equal((Forum.Rcep, provision), (dispute.Forum, dispute.Provision));
                courses.Add(DisputeWorld.Drive(dispute, seeded));
            }
        }

        return courses;
    }

    [Fact]
    public void An_ecommerce_matter_between_rcep_parties_goes_to_consultations_and_the_joint_committee_only()
    {
        var courses = Courses(ProvisionCatalog.DataFlows);

        Assert.All(courses, c =>
        {
            Assert.False(c.Final.IsOpen);
            Assert.All(c.Names(), s => Assert.Contains(s, (string[])["consultations", "joint_committee", "closed"]));
            Assert.Contains(c.Final.Outcome, (DisputeOutcome[])[DisputeOutcome.Settled, DisputeOutcome.Withdrawn, DisputeOutcome.JointCommittee]);
        });

        // The Joint Committee path is taken, and each of its ends happens, so the check above is not vacuous.
        Assert.Contains(courses, c => c.Names().Contains("joint_committee"));
        Assert.Equal(
            [DisputeOutcome.Settled, DisputeOutcome.Withdrawn, DisputeOutcome.JointCommittee],
            courses.Select(c => c.Final.Outcome).Distinct().Order());
    }

    [Fact]
    public void The_wto_would_hear_the_ecommerce_matter_but_the_preferred_rcep_forum_takes_it()
    {
        var context = DisputeWorld.Context(RcepFirst);

        Assert.True(DisputeRules.Hears(Forum.Wto, "VNM", "CHN", ProvisionCatalog.DataFlows, 1, context));
        Assert.True(DisputeRules.Hears(Forum.Rcep, "VNM", "CHN", ProvisionCatalog.DataFlows, 1, context));
        Assert.False(DisputeRules.RcepPanel(ProvisionCatalog.DataFlows, context));
        Assert.False(DisputeRules.RcepPanel(ProvisionCatalog.ComputingLocation, context));
        Assert.True(DisputeRules.RcepPanel(ProvisionCatalog.GoodsTariffs, context));
    }

    [Fact]
    public void A_goods_tariff_matter_between_rcep_parties_reaches_a_panel_for_some_seed_and_never_the_joint_committee()
    {
        var courses = Courses(ProvisionCatalog.GoodsTariffs);

        Assert.Contains(courses, c => c.Names().Contains("panel"));
        Assert.All(courses, c =>
        {
            Assert.DoesNotContain("joint_committee", c.Names());
            Assert.DoesNotContain("appeal", c.Names()); // RCEP has no appeal
            Assert.DoesNotContain("arbitration", c.Names());
        });
    }

    [Fact]
    public void An_ecommerce_chapter_that_dispute_settlement_covers_sends_the_matter_to_a_panel()
    {
        // The same data-flows matter, in an RCEP whose chapter 12 is covered: the flag, not the chapter's name, decides.
        var courses = Courses(ProvisionCatalog.DataFlows, ecommerceDisputeSettlement: true);

        Assert.Contains(courses, c => c.Names().Contains("panel"));
        Assert.All(courses, c => Assert.DoesNotContain("joint_committee", c.Names()));
    }

    [Fact]
    public void The_joint_committee_lasts_its_days_and_a_resolution_withdraws_the_measure()
    {
        // Consultations never settle; the Joint Committee always resolves: 60 d and 90 d are one round each at 91 d.
        var parameters = RcepFirst with { Rcep = RcepFirst.Rcep.Fixed(settle: 0.0) with { JointCommitteeResolution = 1.0 } };
        var context = DisputeWorld.Context(parameters);

        var course = DisputeWorld.Drive(DisputeWorld.File(context, "VNM", "CHN", ProvisionCatalog.DataFlows, round: 4), context);

        Assert.Equal<DisputeStageRow>(
            [new(course.Final.Id, 4, "consultations"), new(course.Final.Id, 5, "joint_committee"), new(course.Final.Id, 6, "closed")],
            course.Stages);
        Assert.Equal((DisputeOutcome.Withdrawn, 6), (course.Final.Outcome, course.Final.ClosedRound));
        Assert.Equal(new DisputeEffect("CHN", "VNM", "rcep", Measure.DataFlows, 0.0, course.Final.Id), course.Effect);
    }
}
