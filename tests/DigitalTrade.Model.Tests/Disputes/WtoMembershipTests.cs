using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Tests.Cooperation;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Tests.Disputes;

/// <summary>Only WTO members can be parties to a WTO dispute: Uzbekistan, outside the WTO, is taken elsewhere.</summary>
public sealed class WtoMembershipTests
{
    private static readonly DisputeParameters WtoFirst = DisputeWorld.Certain.Preferring(Forum.Wto, Forum.Rcep, Forum.None);

    [Theory]
    [InlineData("UZB", "CHN")]
    [InlineData("CHN", "UZB")]
    [InlineData("UZB", "VNM")]
    public void The_wto_does_not_hear_a_matter_with_a_non_member_party(string complainant, string respondent)
    {
        var context = DisputeWorld.Context(WtoFirst);

        Assert.False(DisputeRules.Hears(Forum.Wto, complainant, respondent, ProvisionCatalog.DataFlows, 1, context));
        Assert.False(DisputeRules.Hears(Forum.Wto, complainant, respondent, ProvisionCatalog.GoodsTariffs, 1, context));
        Assert.Equal((Forum.None, ProvisionCatalog.DataFlows), DisputeRules.Choose(complainant, respondent, [ProvisionCatalog.DataFlows], 1, context));
    }

    [Fact]
    public void The_wto_hears_members_on_the_provisions_it_covers()
    {
        var context = DisputeWorld.Context(WtoFirst);

        Assert.True(DisputeRules.Hears(Forum.Wto, "VNM", "CHN", ProvisionCatalog.DataFlows, 1, context));
        Assert.False(DisputeRules.Hears(Forum.Wto, "VNM", "CHN", ProvisionCatalog.PaperlessTrading, 1, context));
        Assert.Equal((Forum.Wto, ProvisionCatalog.DataFlows), DisputeRules.Choose("VNM", "CHN", [ProvisionCatalog.DataFlows], 1, context));

        // The first provision the WTO covers, when the first is not covered.
        Assert.Equal(
            (Forum.Wto, ProvisionCatalog.ComputingLocation),
            DisputeRules.Choose("VNM", "CHN", [ProvisionCatalog.PaperlessTrading, ProvisionCatalog.ComputingLocation], 1, context));
    }

    [Fact]
    public void A_non_member_that_joins_rcep_is_taken_to_the_rcep_forum_instead()
    {
        var context = DisputeWorld.Context(WtoFirst);
        var joined = context.With([.. context.Agreements.Select(a => a.Join("UZB", 5))]);

        Assert.Equal(Forum.None, DisputeRules.Choose("CHN", "UZB", [ProvisionCatalog.GoodsTariffs], 4, joined).Forum);
        Assert.Equal(Forum.Rcep, DisputeRules.Choose("CHN", "UZB", [ProvisionCatalog.GoodsTariffs], 5, joined).Forum);
        Assert.Equal(Forum.Rcep, DisputeRules.Choose("UZB", "VNM", [ProvisionCatalog.GoodsTariffs], 5, joined).Forum);
    }

    [Fact]
    public void In_a_run_no_wto_dispute_has_the_non_member_as_a_party()
    {
        var runner = new RoundRunner(NonMemberRun.Scenario);
        for (var r = 0; r <= NonMemberRun.Rounds; r++)
        {
            runner.Play(r);
        }

        var disputes = runner.Disputes;
        Assert.Contains(disputes, d => d.Forum == Forum.Wto);
        Assert.Contains(disputes, d => d.Complainant == "UZB" || d.Respondent == "UZB");
        Assert.All(
            disputes.Where(d => d.Complainant == "UZB" || d.Respondent == "UZB"),
            d => Assert.Equal(Forum.None, d.Forum));
        Assert.DoesNotContain(disputes, d => d.Forum == Forum.Wto && (d.Complainant == "UZB" || d.Respondent == "UZB"));
    }
}

/// <summary>
/// The Central Asian world with Uzbekistan outside the WTO, in a data-issues agreement with everyone covered by
/// dispute settlement, under strong and noisy policy pressure so that commitments break and disputes arise.
/// </summary>
internal static class NonMemberRun
{
    public const int Rounds = 12;

    public static ScenarioDefinition Scenario { get; } = Build();

    private static ScenarioDefinition Build()
    {
        var parameters = TestWorld.Mechanical with
        {
            Policy = new PolicyParameters { Threshold = 0.3, ShockSd = 2.0, Step = 0.05, PressureWeight = 0.0, ReciprocityWeight = 0.0 },
            Disputes = new DisputeParameters { CapacityElasticity = 0.0 },
        };
        var countries = TestWorld.CentralAsia.Select(c => c.Iso3 == "UZB" ? c with { WtoMember = false } : c);
        var scenario = TestWorld.Scenario(countries, parameters, Rounds, pairs: TestWorld.CentralAsiaPairs);
        return scenario with
        {
            Setups = CooperationWorld.Setups(scenario, s => s with { WtoMember = s.Iso3 != "UZB" }),
            Agreements =
            [
                CooperationWorld.Agreement(
                    "dea", AgreementKind.Dea, scenario.Countries.Select(c => (c.Iso3, 0)),
                    [.. ProvisionCatalog.Modules["data_issues"].Select(p => CooperationWorld.Provision(p, depth: 0.2, disputeSettlement: true))]),
            ],
        };
    }
}
