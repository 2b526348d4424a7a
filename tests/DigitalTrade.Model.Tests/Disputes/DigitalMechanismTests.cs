using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Tests.Disputes;

/// <summary>
/// The digital-trade mechanism hears matters between its members on the provisions it covers from the round
/// it enters into force; a complainant who prefers it takes a matter there.
/// </summary>
public sealed class DigitalMechanismTests
{
    private const int InForce = 4;

    private static readonly ForumProcedure Expedited = new() { ConsultationDays = 20, PanelDays = 90, ComplianceDays = 90 };

    private static readonly DigitalMechanism Mechanism = new(["CHN", "KHM", "VNM"], ["ecommerce.*", ProvisionCatalog.Payments], InForce, Expedited);

    [Theory]
    [InlineData("VNM", "CHN", ProvisionCatalog.DataFlows, InForce, true)]
    [InlineData("CHN", "KHM", ProvisionCatalog.ComputingLocation, InForce + 10, true)]
    [InlineData("CHN", "KHM", ProvisionCatalog.Payments, InForce, true)]
    [InlineData("VNM", "CHN", ProvisionCatalog.DataFlows, InForce - 1, false)]
    [InlineData("VNM", "JPN", ProvisionCatalog.DataFlows, InForce, false)]
    [InlineData("JPN", "VNM", ProvisionCatalog.DataFlows, InForce, false)]
    [InlineData("VNM", "CHN", ProvisionCatalog.GoodsTariffs, InForce, false)]
    public void The_mechanism_hears_members_on_covered_provisions_once_in_force(string complainant, string respondent, string provision, int round, bool hears)
    {
        var context = DisputeWorld.Context(new DisputeParameters(), mechanism: Mechanism);

        Assert.Equal(hears, Mechanism.Hears(complainant, respondent, provision, round));
        Assert.Equal(hears, DisputeRules.Hears(Forum.Digital, complainant, respondent, provision, round, context));
    }

    [Theory]
    [InlineData("ecommerce.*", "ecommerce.data_flows", true)]
    [InlineData("ecommerce.*", "ecommerce.customs_duties", true)]
    [InlineData("ecommerce.*", "digital.payments", false)]
    [InlineData("ecommerce.*", "ecommerce", false)]
    [InlineData("ecommerce.*", "ecommerceplus.data_flows", false)]
    [InlineData("ecommerce.data_flows", "ecommerce.data_flows", true)]
    [InlineData("ecommerce.data_flows", "ecommerce.computing_location", false)]
    [InlineData("ecommerce", "ecommerce.data_flows", false)]
    public void Coverage_names_a_provision_or_its_chapter(string coverage, string provision, bool covered)
    {
        Assert.Equal(covered, DigitalMechanism.Covers([coverage], provision));
    }

    [Fact]
    public void Without_a_mechanism_the_digital_forum_hears_nothing()
    {
        var context = DisputeWorld.Context(new DisputeParameters());

        Assert.False(DisputeRules.Hears(Forum.Digital, "VNM", "CHN", ProvisionCatalog.DataFlows, 100, context));
        Assert.Equal(Forum.Rcep, DisputeRules.Choose("VNM", "CHN", [ProvisionCatalog.DataFlows], 100, context).Forum);
        Assert.Same(context.Parameters.Digital, DisputeRules.Procedure(Forum.Digital, context));
    }

    [Fact]
    public void A_complainant_who_prefers_the_mechanism_takes_the_matter_there_once_it_is_in_force()
    {
        var context = DisputeWorld.Context(new DisputeParameters().Preferring(Forum.Digital, Forum.Rcep, Forum.Wto, Forum.None), mechanism: Mechanism);

        Assert.Equal((Forum.Rcep, ProvisionCatalog.DataFlows), DisputeRules.Choose("VNM", "CHN", [ProvisionCatalog.DataFlows], InForce - 1, context));
        Assert.Equal((Forum.Digital, ProvisionCatalog.DataFlows), DisputeRules.Choose("VNM", "CHN", [ProvisionCatalog.DataFlows], InForce, context));
        Assert.Equal(Forum.Rcep, DisputeRules.Choose("VNM", "JPN", [ProvisionCatalog.DataFlows], InForce, context).Forum);
        Assert.Same(Expedited, DisputeRules.Procedure(Forum.Digital, context));

        // Goods tariffs are outside the mechanism: the next forum that hears them.
        Assert.Equal(Forum.Rcep, DisputeRules.Choose("VNM", "CHN", [ProvisionCatalog.GoodsTariffs], InForce, context).Forum);

        // The first provision the mechanism covers, when the binding's first is not covered.
        Assert.Equal(
            (Forum.Digital, ProvisionCatalog.DataFlows),
            DisputeRules.Choose("VNM", "CHN", [ProvisionCatalog.GoodsTariffs, ProvisionCatalog.DataFlows], InForce, context));
    }

    [Fact]
    public void A_complainant_who_prefers_another_forum_does_not_use_the_mechanism()
    {
        var context = DisputeWorld.Context(new DisputeParameters().Preferring(Forum.Wto, Forum.Digital, Forum.None), mechanism: Mechanism);

        Assert.Equal(Forum.Wto, DisputeRules.Choose("VNM", "CHN", [ProvisionCatalog.DataFlows], InForce, context).Forum);
        Assert.Equal(Forum.Digital, DisputeRules.Choose("VNM", "CHN", [ProvisionCatalog.CustomsDuties], InForce, context).Forum);
    }

    [Fact]
    public void A_dispute_in_the_mechanism_follows_its_own_procedure()
    {
        // Never settled, always won, always complied with: 20 d, 90 d, 90 d are one round each at 91 d.
        var mechanism = Mechanism with { Procedure = Expedited.Fixed(settle: 0.0) };
        var context = DisputeWorld.Context(DisputeWorld.Certain, mechanism: mechanism);

        var dispute = DisputeWorld.File(context, "VNM", "CHN", ProvisionCatalog.DataFlows, round: InForce);
        var course = DisputeWorld.Drive(dispute, context);

        Assert.Equal(Forum.Digital, dispute.Forum);
        Assert.Equal<string>(["consultations", "panel", "compliance", "closed"], course.Names());
        Assert.Equal<int>([InForce, InForce + 1, InForce + 2, InForce + 3], [.. course.Stages.Select(s => s.Round)]);
        Assert.Equal(DisputeOutcome.Complied, course.Final.Outcome);
    }

    [Fact]
    public void An_appeal_in_the_mechanism_is_not_lost_in_the_wto_appellate_void()
    {
        // The void is the WTO's (its Appellate Body has no members since December 2019; the MPIA is a WTO
        // arrangement, DSU Art. 25). A mechanism whose own procedure has an appeal stage hears the appeal whatever
        // the parties' MPIA participation: Viet Nam and Cambodia, both outside the MPIA, get a binding ruling that
        // is upheld and complied with, and the expected cost of breaking the commitment counts the upheld appeal.
        var procedure = Expedited.Fixed(settle: 0.0, win: 1.0, appeal: 1.0, uphold: 1.0, comply: 1.0);
        var context = DisputeWorld.Context(DisputeWorld.Certain, mechanism: Mechanism with { Members = ["KHM", "VNM"], Procedure = procedure });

        var course = DisputeWorld.Drive(DisputeWorld.File(context, "VNM", "KHM", ProvisionCatalog.DataFlows, round: InForce), context);

        Assert.Equal(Forum.Digital, course.Final.Forum);
        Assert.NotEqual(DisputeOutcome.AppealIntoVoid, course.Final.Outcome);
        Assert.Equal(DisputeOutcome.Complied, course.Final.Outcome);
        var policy = new PolicyParameters();
        var years = (procedure.ConsultationDays + procedure.PanelDays + procedure.AppealDays) / 365.0;
        TestWorld.AssertRelative(
            context.Parameters.DeterrenceWeight * Math.Pow(context.Parameters.DiscountAnnual, years),
            DisputeRules.ExpectedCost("VNM", "KHM", [ProvisionCatalog.DataFlows], InForce, context, policy),
            1e-12,
            "expected cost, appeal upheld");
    }
}
