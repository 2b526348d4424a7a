using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Policy;

namespace DigitalTrade.Model.Tests.Disputes;

/// <summary>
/// Since December 2019 a WTO appeal goes "into the void" unless both parties use the MPIA: China and Japan do,
/// Viet Nam and Cambodia do not. Filed at round 1 with 91-day rounds: consultations 1 round, panel 5, appeal 1.
/// </summary>
public sealed class AppealTests
{
    private const int Seeds = 300;

    private static readonly DisputeParameters WtoFirst = DisputeWorld.Certain.Preferring(Forum.Wto, Forum.None);

    /// <summary>The panel always finds for the complainant and the respondent always appeals.</summary>
    private static readonly DisputeParameters AlwaysAppealed = WtoFirst with
    {
        Wto = WtoFirst.Wto.Fixed(settle: 0.0, win: 1.0, appeal: 1.0, uphold: 1.0, comply: 1.0),
    };

    [Theory]
    [InlineData("VNM", "CHN")]
    [InlineData("CHN", "VNM")]
    [InlineData("KHM", "VNM")]
    public void An_appeal_with_a_party_outside_the_mpia_ends_in_the_void(string complainant, string respondent)
    {
        var context = DisputeWorld.Context(AlwaysAppealed);

        var course = DisputeWorld.Drive(DisputeWorld.File(context, complainant, respondent, ProvisionCatalog.DataFlows), context);

        var id = course.Final.Id;
        Assert.Equal(Forum.Wto, course.Final.Forum);
        Assert.Equal<DisputeStageRow>(
            [new(id, 1, "consultations"), new(id, 2, "panel"), new(id, 7, "appeal"), new(id, 7, "closed")],
            course.Stages);
        Assert.Equal(
            (DisputeStage.Closed, DisputeStage.Appeal, DisputeOutcome.AppealIntoVoid, (int?)7),
            (course.Final.Stage, course.Final.LastOpenStage, course.Final.Outcome, course.Final.ClosedRound));
        Assert.Null(course.Effect); // the report never binds: the measure stays
        var row = DisputeRow.Of(course.Final);
        Assert.Equal(("appeal", "appeal_into_void", "wto"), (row.FinalStage, row.Outcome, row.Forum));
    }

    [Fact]
    public void An_appeal_between_mpia_parties_goes_to_arbitration_and_on_to_compliance()
    {
        var context = DisputeWorld.Context(AlwaysAppealed);

        var course = DisputeWorld.Drive(DisputeWorld.File(context, "JPN", "CHN", ProvisionCatalog.DataFlows), context);

        // Arbitration 90 d: 1 round; compliance 456 d: 6 rounds.
        var id = course.Final.Id;
        Assert.Equal<DisputeStageRow>(
            [new(id, 1, "consultations"), new(id, 2, "panel"), new(id, 7, "arbitration"), new(id, 8, "compliance"), new(id, 14, "closed")],
            course.Stages);
        Assert.Equal((DisputeOutcome.Complied, (int?)14), (course.Final.Outcome, course.Final.ClosedRound));
        Assert.Equal(new DisputeEffect("CHN", "JPN", "rcep", Measure.DataFlows, 0.0, id), course.Effect);
    }

    [Fact]
    public void Arbitrators_who_reverse_the_panel_reject_the_complaint()
    {
        var parameters = AlwaysAppealed with { Wto = AlwaysAppealed.Wto with { UpholdProbability = 0.0 } };
        var context = DisputeWorld.Context(parameters);

        var course = DisputeWorld.Drive(DisputeWorld.File(context, "JPN", "CHN", ProvisionCatalog.DataFlows), context);

        Assert.Equal<string>(["consultations", "panel", "arbitration", "closed"], course.Names());
        Assert.Equal((DisputeOutcome.Rejected, (int?)8), (course.Final.Outcome, course.Final.ClosedRound));
        Assert.Null(course.Effect);
    }

    [Fact]
    public void With_the_default_draws_only_disputes_outside_the_mpia_end_in_the_void()
    {
        var outside = new List<Course>();
        var inside = new List<Course>();
        for (var seed = 1UL; seed <= Seeds; seed++)
        {
            var context = DisputeWorld.Context(WtoFirst) with { Seed = seed };
            outside.Add(DisputeWorld.Drive(DisputeWorld.File(context, "VNM", "CHN", ProvisionCatalog.DataFlows), context));
            inside.Add(DisputeWorld.Drive(DisputeWorld.File(context, "JPN", "CHN", ProvisionCatalog.DataFlows), context));
        }

        Assert.Contains(outside, c => c.Final.Outcome == DisputeOutcome.AppealIntoVoid);
        Assert.All(outside, c => Assert.DoesNotContain("arbitration", c.Names()));
        Assert.All(
            outside.Where(c => c.Names().Contains("appeal")),
            c => Assert.Equal(DisputeOutcome.AppealIntoVoid, c.Final.Outcome));
        Assert.Contains(inside, c => c.Names().Contains("arbitration"));
        Assert.All(inside, c =>
        {
            Assert.NotEqual(DisputeOutcome.AppealIntoVoid, c.Final.Outcome);
            Assert.DoesNotContain("appeal", c.Names());
        });
    }
}
