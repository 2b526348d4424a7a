using System.Collections.Immutable;
using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Tests.Disputes;

/// <summary>
/// The expected cost of breaking a commitment is each forum's real deterrence: the unenforced cost where no
/// forum can rule, the most where an expedited panel without appeal rules, little where appeals go into the void.
/// </summary>
public sealed class DeterrenceTests
{
    private static readonly PolicyParameters Policy = new();

    private static readonly string[] DataFlows = [ProvisionCatalog.DataFlows];

    /// <summary>A digital mechanism among Viet Nam and Cambodia over the e-commerce chapter, with the default procedure.</summary>
    private static DigitalMechanism Mechanism(DisputeParameters parameters) =>
        new(["KHM", "VNM"], ["ecommerce.*"], 0, parameters.Digital);

    private static double Cost(string partner, string importer, DisputeContext context, IReadOnlyList<string>? provisions = null) =>
        DisputeRules.ExpectedCost(partner, importer, provisions ?? DataFlows, 1, context, Policy);

    [Fact]
    public void Political_consultations_carry_the_unenforced_cost()
    {
        // Uzbekistan is outside the WTO and RCEP: only political consultations remain.
        var context = DisputeWorld.Context(new DisputeParameters());

        Assert.Equal((Forum.None, ProvisionCatalog.DataFlows), DisputeRules.Choose("CHN", "UZB", DataFlows, 1, context));
        Assert.Equal(Policy.UnenforcedCommitmentCost, Cost("CHN", "UZB", context));
        Assert.Equal(Policy.UnenforcedCommitmentCost, Cost("UZB", "CHN", context));
    }

    [Fact]
    public void An_rcep_ecommerce_matter_carries_the_unenforced_cost_and_an_rcep_goods_matter_more()
    {
        var context = DisputeWorld.Context(new DisputeParameters().Preferring(Forum.Rcep, Forum.Wto, Forum.None));

        Assert.Equal(Policy.UnenforcedCommitmentCost, Cost("VNM", "CHN", context));
        Assert.Equal(Policy.UnenforcedCommitmentCost, Cost("VNM", "CHN", context, [ProvisionCatalog.DataFlows, ProvisionCatalog.ComputingLocation]));

        // A panel, no appeal: 4 · (1 − 0.5) · 0.85 · 0.9^((60 + 213) / 365).
        var goods = Cost("VNM", "CHN", context, [ProvisionCatalog.GoodsTariffs]);
        TestWorld.AssertRelative(4.0 * 0.5 * 0.85 * Math.Pow(0.9, 273.0 / 365.0), goods, 1e-12, "RCEP goods");
    }

    [Fact]
    public void A_wto_dispute_between_parties_outside_the_mpia_costs_what_the_formula_gives_by_hand()
    {
        // Viet Nam and Cambodia are both outside the MPIA: a ruling binds only when it is not appealed.
        // binding = (1 − 0.5) · 0.85 · (1 − 0.67) = 0.14025; days = 60 + 425 + 0.67 · 90 = 545.3;
        // cost = 4 · 0.14025 · 0.9^(545.3 / 365) = 0.47929447636475925.
        var context = DisputeWorld.Context(new DisputeParameters().Preferring(Forum.Wto, Forum.None));

        TestWorld.AssertRelative(0.47929447636475925, Cost("VNM", "KHM", context), 1e-12, "WTO, outside the MPIA");
        TestWorld.AssertRelative(0.47929447636475925, Cost("KHM", "VNM", context), 1e-12, "WTO, outside the MPIA, reversed");

        // Between MPIA parties an appeal binds when upheld: (1 − 0.5) · 0.85 · (0.33 + 0.67 · 0.8) = 0.36805.
        TestWorld.AssertRelative(1.2577848985814593, Cost("JPN", "CHN", context), 1e-12, "WTO, both in the MPIA");
    }

    [Fact]
    public void An_expedited_digital_mechanism_without_appeal_deters_more_than_the_wto_outside_the_mpia()
    {
        var parameters = new DisputeParameters();
        var digital = DisputeWorld.Context(parameters, mechanism: Mechanism(parameters));
        var wto = DisputeWorld.Context(parameters.Preferring(Forum.Wto, Forum.None));

        var mechanism = Cost("VNM", "KHM", digital);
        var appealed = Cost("VNM", "KHM", wto);

        // 4 · (1 − 0.5) · 0.85 · 0.9^((30 + 120) / 365).
        TestWorld.AssertRelative(1.6279627866744384, mechanism, 1e-12, "digital mechanism");
        Assert.True(appealed > Policy.UnenforcedCommitmentCost);
        Assert.True(mechanism > appealed, $"digital {mechanism} should exceed WTO outside the MPIA {appealed}");
    }

    [Fact]
    public void The_cost_never_falls_below_the_unenforced_cost()
    {
        var parameters = new DisputeParameters { DeterrenceWeight = 0.01 }.Preferring(Forum.Wto, Forum.None);

        Assert.Equal(Policy.UnenforcedCommitmentCost, Cost("VNM", "KHM", DisputeWorld.Context(parameters)));
    }

    [Fact]
    public void Commitment_rulings_weigh_the_expected_cost_of_the_forum_the_partner_would_use()
    {
        // Viet Nam's data-flows commitments: towards China the RCEP Joint Committee (unenforced), towards
        // Cambodia the digital mechanism.
        var parameters = new DisputeParameters();
        var scenario = DisputeWorld.Scenario(parameters, mechanism: Mechanism(parameters));
        var context = DisputeContext.From(scenario);
        var states = RunSetup.InitialStates(scenario);
        var proposal = new PolicyProposal("VNM", Measure.DataFlows, 0.4, 0.42, 1.5);

        var rulings = PolicyRules.Check(scenario.Agreements[0], states, [proposal], 1, scenario.Seed, Policy, context);

        var byPartner = rulings.ToImmutableSortedDictionary(r => r.Partner, r => r, StringComparer.Ordinal);
        Assert.Equal<string>(["CHN", "JPN", "KHM", "LAO", "MMR"], byPartner.Keys);
        Assert.Equal((Policy.UnenforcedCommitmentCost, RulingOutcome.Violated), (byPartner["CHN"].ExpectedCost, byPartner["CHN"].Outcome));
        Assert.Equal(Cost("KHM", "VNM", context), byPartner["KHM"].ExpectedCost);
        TestWorld.AssertRelative(1.6279627866744384, byPartner["KHM"].ExpectedCost, 1e-12, "towards Cambodia");
        Assert.Equal(RulingOutcome.Blocked, byPartner["KHM"].Outcome); // 1.5 − 1.63 < 1
    }
}
