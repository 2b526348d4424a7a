using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Disputes;

namespace DigitalTrade.Model.Tests.Disputes;

/// <summary>
/// A stage of d days lasts ceil(d / round length) rounds, at least one: the rounds at which a dispute enters
/// its stages differ by those counts, at quarterly (91 d) and monthly (30 d) rounds alike.
/// </summary>
public sealed class StageDurationTests
{
    private const int Filed = 3;

    [Theory]
    [InlineData(60, 91, 1)]
    [InlineData(60, 30, 2)]
    [InlineData(425, 91, 5)]
    [InlineData(425, 30, 15)]
    [InlineData(456, 91, 6)]
    [InlineData(456, 30, 16)]
    [InlineData(213, 91, 3)]
    [InlineData(213, 30, 8)]
    [InlineData(591, 91, 7)]
    [InlineData(591, 30, 20)]
    [InlineData(90, 30, 3)]
    [InlineData(91, 91, 1)]
    [InlineData(92, 91, 2)]
    [InlineData(1, 91, 1)]
    [InlineData(0, 91, 0)]
    public void A_stage_lasts_its_days_over_the_round_length_rounded_up(int days, int roundDays, int rounds)
    {
        Assert.Equal(rounds, DisputeRules.Rounds(days, roundDays));
    }

    [Theory]
    [InlineData(91, 1, 5, 6)]
    [InlineData(30, 2, 15, 16)]
    public void A_wto_dispute_enters_panel_and_compliance_after_their_rounds(int roundDays, int consultations, int panel, int compliance)
    {
        // Never settled, always won, never appealed, always complied with.
        var parameters = DisputeWorld.Certain.Preferring(Forum.Wto, Forum.None);
        parameters = parameters with { Wto = parameters.Wto.Fixed(settle: 0.0, win: 1.0, appeal: 0.0, comply: 1.0) };
        var context = DisputeWorld.Context(parameters, roundDays);
        Assert.Equal(
            (consultations, panel, compliance),
            (DisputeRules.Rounds(parameters.Wto.ConsultationDays, roundDays), DisputeRules.Rounds(parameters.Wto.PanelDays, roundDays),
             DisputeRules.Rounds(parameters.Wto.ComplianceDays, roundDays)));

        var dispute = DisputeWorld.File(context, "VNM", "CHN", ProvisionCatalog.DataFlows, Filed);
        var course = DisputeWorld.Drive(dispute, context);

        var id = dispute.Id;
        Assert.Equal(Filed + consultations, dispute.StageEndRound);
        var panelAt = Filed + consultations;
        var complianceAt = panelAt + panel;
        var closedAt = complianceAt + compliance;
        Assert.Equal<DisputeStageRow>(
            [new(id, Filed, "consultations"), new(id, panelAt, "panel"), new(id, complianceAt, "compliance"), new(id, closedAt, "closed")],
            course.Stages);
        Assert.Equal((DisputeOutcome.Complied, (int?)closedAt), (course.Final.Outcome, course.Final.ClosedRound));
    }

    [Theory]
    [InlineData(91, 1, 3, 7)]
    [InlineData(30, 2, 8, 20)]
    public void An_rcep_dispute_without_compliance_reaches_retaliation_after_its_rounds(int roundDays, int consultations, int panel, int compliance)
    {
        // Never settled, always won, never complied with; retaliation 30 d is one round at either length.
        var parameters = DisputeWorld.Certain.Preferring(Forum.Rcep, Forum.None);
        parameters = parameters with { Rcep = parameters.Rcep.Fixed(settle: 0.0, win: 1.0, comply: 0.0) };
        var context = DisputeWorld.Context(parameters, roundDays);

        var dispute = DisputeWorld.File(context, "VNM", "CHN", ProvisionCatalog.GoodsTariffs, Filed);
        var course = DisputeWorld.Drive(dispute, context);

        var id = dispute.Id;
        var panelAt = Filed + consultations;
        var complianceAt = panelAt + panel;
        var retaliationAt = complianceAt + compliance;
        Assert.Equal<DisputeStageRow>(
            [
                new(id, Filed, "consultations"), new(id, panelAt, "panel"), new(id, complianceAt, "compliance"),
                new(id, retaliationAt, "retaliation"), new(id, retaliationAt + 1, "closed"),
            ],
            course.Stages);
        Assert.Equal(DisputeOutcome.RetaliationAuthorized, course.Final.Outcome);
    }

    [Theory]
    [InlineData(91, 1, 1)]
    [InlineData(30, 2, 3)]
    public void An_rcep_ecommerce_matter_spends_the_joint_committee_days_there(int roundDays, int consultations, int committee)
    {
        var parameters = DisputeWorld.Certain.Preferring(Forum.Rcep, Forum.None);
        parameters = parameters with { Rcep = parameters.Rcep.Fixed(settle: 0.0) with { JointCommitteeResolution = 0.0 } };
        var context = DisputeWorld.Context(parameters, roundDays);

        var dispute = DisputeWorld.File(context, "VNM", "CHN", ProvisionCatalog.DataFlows, Filed);
        var course = DisputeWorld.Drive(dispute, context);

        var id = dispute.Id;
        Assert.Equal<DisputeStageRow>(
            [new(id, Filed, "consultations"), new(id, Filed + consultations, "joint_committee"), new(id, Filed + consultations + committee, "closed")],
            course.Stages);
        Assert.Equal(DisputeOutcome.JointCommittee, course.Final.Outcome);
        Assert.Null(course.Effect);
    }

    [Theory]
    [InlineData(91)]
    [InlineData(30)]
    public void Advancing_once_long_after_gives_the_same_stages_as_advancing_every_round(int roundDays)
    {
        // Appeals and arbitration too: both parties use the MPIA; default draws for seed after seed.
        var parameters = DisputeWorld.Certain.Preferring(Forum.Wto, Forum.None);
        for (var seed = 1UL; seed <= 40; seed++)
        {
            var context = DisputeWorld.Context(parameters, roundDays) with { Seed = seed };
            var dispute = DisputeWorld.File(context, "JPN", "CHN", ProvisionCatalog.DataFlows, Filed);
            var stepped = DisputeWorld.Drive(dispute, context);

            var (final, stages, effect) = DisputeRules.Advance(dispute, Filed + 200, context, DisputeWorld.Parameters);

            Assert.Equal(stepped.Final, final);
            Assert.Equal<DisputeStageRow>(stepped.Stages[1..], stages);
            Assert.Equal(stepped.Effect, effect);
        }
    }
}
