using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Parameters;

namespace DigitalTrade.Scenarios.Tests;

public class DisputeParameterTests
{
    private static readonly string Shocks = Path.Combine(RepositoryPaths.Scenarios, "examples", "shocks.yaml");

    private const string Rcep = """
        agreements:
          - {id: rcep, kind: fta, members: rcep_member, in_force_round: -16}
          - {id: rcep-plus, kind: fta, members: [CHN, KAZ], in_force_round: 0}

        """;

    private static DisputeParameters LoadDisputes(string yaml)
    {
        using var scenario = new TempScenario(yaml);
        var result = scenario.Load();
        Assert.True(result.IsValid, string.Join('\n', result.Issues));
        return result.Scenario!.Definition.Parameters.Disputes;
    }

    [Fact]
    public void Dispute_keys_override_their_parameters_and_a_procedure_key_only_its_field_of_that_forum()
    {
        var disputes = LoadDisputes(TempScenario.ValidHeader + Rcep + """
            parameters:
              disputes:
                forum_preference: [wto, digital]
                wto: {panel_days: 300, appeal_probability: 0.5}
                rcep: {joint_committee_days: 120, joint_committee_resolution: 0.4}
                digital: {consultation_days: 45}
                none: {settle_probability: 0.3}
                rcep_agreement: rcep-plus
                rcep_least_developed: [MMR, KHM]
                ldc_restraint: 0.4
                wto_coverage: [goods.*, digital.payments]
                harm_threshold: 0.002
                filing_scale: 0.02
                capacity_elasticity: 0.5
                deterrence_weight: 3
                discount_annual: 0.95
            """);

        var d = new DisputeParameters();
        ModelJson.Equal(
            d with
            {
                ForumPreference = [Forum.Wto, Forum.Digital],
                Wto = d.Wto with { PanelDays = 300, AppealProbability = 0.5 },
                Rcep = d.Rcep with { JointCommitteeDays = 120, JointCommitteeResolution = 0.4 },
                Digital = d.Digital with { ConsultationDays = 45 },
                None = d.None with { SettleProbability = 0.3 },
                RcepAgreement = "rcep-plus",
                RcepLeastDeveloped = ["KHM", "MMR"],
                LdcRestraint = 0.4,
                WtoCoverage = ["goods.*", ProvisionCatalog.Payments],
                HarmThreshold = 0.002,
                FilingScale = 0.02,
                CapacityElasticity = 0.5,
                DeterrenceWeight = 3,
                DiscountAnnual = 0.95,
            },
            disputes);
    }

    [Fact]
    public void Without_a_disputes_block_every_dispute_parameter_keeps_its_default()
    {
        var disputes = LoadDisputes(TempScenario.ValidHeader + "parameters: {policy: {step: 0.04}}\n");

        ModelJson.Equal(new DisputeParameters(), disputes);
    }

    [Fact]
    public void A_forum_named_twice_in_the_preference_is_reported_at_the_repeat()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            parameters:
              disputes: {forum_preference: [rcep, wto, rcep]}
            """);

        var issue = IssueAssertions.Single(issues, "schema.uniqueItems", 9, 44);
        Assert.Equal("duplicate item 'rcep' in parameters.disputes.forum_preference (already item 0)", issue.Message);
    }

    [Fact]
    public void An_unknown_forum_is_reported_with_a_suggestion_and_the_forums()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            parameters:
              disputes: {forum_preference: [digital, wtoo]}
            """);

        var issue = IssueAssertions.Single(issues, "schema.enum", 9, 42);
        Assert.Equal(
            "parameters.disputes.forum_preference.1: unknown value 'wtoo' (did you mean 'wto'?); expected one of: wto, rcep, digital, none",
            issue.Message);
    }

    [Fact]
    public void Procedure_days_are_whole_and_probabilities_at_most_one()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            parameters:
              disputes:
                wto: {panel_days: 90.5, win_probability: 1.2, compliance_days: -1}
            """);

        Assert.Equal(
            new[] { ("schema.type", 10, 23), ("schema.maximum", 10, 46), ("schema.minimum", 10, 68) },
            issues.Select(i => (i.Rule, i.Line, i.Column)));
    }

    [Fact]
    public void An_rcep_agreement_that_names_no_agreement_of_the_scenario_is_reported_at_its_value()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + Rcep + """
            parameters:
              disputes: {rcep_agreement: rcpe}
            """);

        var issue = IssueAssertions.Single(issues, "parameters.unknown-agreement", 12, 30);
        Assert.Equal("rcep_agreement: unknown agreement 'rcpe' (did you mean 'rcep'?)", issue.Message);
    }

    [Fact]
    public void The_default_rcep_agreement_needs_no_agreement_of_that_id()
    {
        var disputes = LoadDisputes(TempScenario.ValidHeader + "parameters: {disputes: {ldc_restraint: 0.3}}\n");

        Assert.Equal(("rcep", 0.3), (disputes.RcepAgreement, disputes.LdcRestraint));
    }

    [Fact]
    public void Least_developed_parties_must_be_codes_of_the_countries_file()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            parameters:
              disputes: {rcep_least_developed: [KHM, LAX]}
            """);

        var issue = IssueAssertions.Single(issues, "country.unknown", 9, 42);
        Assert.Equal("unknown country 'LAX': not in data/countries.csv (did you mean 'LAO'?)", issue.Message);
    }

    [Fact]
    public void A_dispute_parameter_is_overridden_from_the_command_line_under_parameters()
    {
        var result = ScenarioLoader.Load(Shocks, ["disputes.wto.panel_days=300", "parameters.disputes.forum_preference=[wto, none]"]);

        Assert.True(result.IsValid, string.Join('\n', result.Issues));
        var disputes = result.Scenario!.Definition.Parameters.Disputes;
        var d = new DisputeParameters();
        ModelJson.Equal(d.Wto with { PanelDays = 300 }, disputes.Wto);
        Assert.Equal([Forum.Wto, Forum.None], disputes.ForumPreference.AsEnumerable());
    }

    [Fact]
    public void An_override_of_a_dispute_parameter_out_of_its_bounds_is_reported_at_the_override()
    {
        var issue = Assert.Single(ScenarioLoader.Load(Shocks, ["disputes.rcep.settle_probability=2"]).Issues);

        Assert.Equal("--set:1:34: error [schema.maximum]: parameters.disputes.rcep.settle_probability must be <= 1, got 2", issue.ToString());
    }
}
