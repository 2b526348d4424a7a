using System.Text.Json.Nodes;
using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.World;

namespace DigitalTrade.Scenarios.Tests;

public class DisputeMechanismTests
{
    private static readonly string Header = TempScenario.ValidHeader.Replace(
        "  pairs: data/pairs.csv", "  pairs: data/pairs.csv\n  include: [CHN, KAZ, LAO, MMR, UZB]", StringComparison.Ordinal);

    private static ScenarioDefinition Load(string yaml)
    {
        using var scenario = new TempScenario(yaml);
        var result = scenario.Load();
        Assert.True(result.IsValid, string.Join('\n', result.Issues));
        return result.Scenario!.Definition;
    }

    [Fact]
    public void Listed_members_are_the_included_ones_in_order_and_the_procedure_overrides_the_digital_parameters()
    {
        var definition = Load(Header + """
            dispute_mechanism:
              members: [UZB, RUS, CHN, KAZ]
              coverage: [ecommerce.*, digital.payments]
              in_force_round: 2
              procedure: {panel_days: 90, appeal_probability: 0.1}
            parameters:
              disputes:
                digital: {consultation_days: 45, panel_days: 150}
            """);

        var digital = new DisputeParameters().Digital;
        ModelJson.Equal(
            new DigitalMechanism(
                ["CHN", "KAZ", "UZB"],
                ["ecommerce.*", ProvisionCatalog.Payments],
                2,
                digital with { ConsultationDays = 45, PanelDays = 90, AppealProbability = 0.1 }),
            definition.DisputeMechanism);
        ModelJson.Equal(digital with { ConsultationDays = 45, PanelDays = 150 }, definition.Parameters.Disputes.Digital);
    }

    [Fact]
    public void An_agreement_id_means_that_agreements_parties_and_a_chapter_prefix_covers_its_provisions()
    {
        var mechanism = Load(Header + """
            agreements:
              - {id: rcep, kind: fta, members: rcep_member, in_force_round: -16}
            dispute_mechanism:
              members: rcep
              coverage: [ecommerce.*]
            """).DisputeMechanism!;

        Assert.Equal(["CHN", "LAO", "MMR"], mechanism.Members.AsEnumerable()); // KHM is an RCEP party the scenario leaves out
        Assert.Equal(0, mechanism.InForceRound);
        ModelJson.Equal(new DisputeParameters().Digital, mechanism.Procedure);
        Assert.True(mechanism.Hears("CHN", "LAO", ProvisionCatalog.DataFlows, 0));
        Assert.True(mechanism.Hears("MMR", "CHN", ProvisionCatalog.CustomsDuties, 5));
        Assert.False(mechanism.Hears("CHN", "LAO", ProvisionCatalog.Payments, 0));
        Assert.False(mechanism.Hears("CHN", "KAZ", ProvisionCatalog.DataFlows, 0));
    }

    [Fact]
    public void Without_the_key_a_scenario_has_no_mechanism()
    {
        Assert.Null(Load(Header).DisputeMechanism);
    }

    [Fact]
    public void An_unknown_coverage_name_is_reported_with_a_suggestion()
    {
        var issues = TempScenario.IssuesOf(Header + """
            dispute_mechanism: {members: [CHN, KAZ], coverage: [goods.*, ecommerce.data_flow]}
            """);

        var issue = IssueAssertions.Single(issues, "schema.enum", 9, 62);
        Assert.StartsWith(
            "dispute_mechanism.coverage.1: unknown value 'ecommerce.data_flow' (did you mean 'ecommerce.data_flows'?); expected one of: goods.tariffs,",
            issue.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Members_by_agreement_must_name_an_agreement_of_the_scenario()
    {
        var issues = TempScenario.IssuesOf(Header + """
            agreements:
              - {id: rcep, kind: fta, members: rcep_member, in_force_round: -16}
            dispute_mechanism: {members: rcpe, coverage: [ecommerce.*]}
            """);

        var issue = IssueAssertions.Single(issues, "mechanism.unknown-agreement", 11, 30);
        Assert.Equal("dispute_mechanism.members: unknown agreement 'rcpe' (did you mean 'rcep'?)", issue.Message);
    }

    [Fact]
    public void Members_must_be_known_codes_or_an_agreement_id_and_the_mechanism_needs_two_in_the_scenario()
    {
        var issues = TempScenario.IssuesOf(Header + """
            agreements:
              - {id: pair, kind: dea, members: [CHN, RUS], in_force_round: 0}
            dispute_mechanism: {members: [CHN, KAX], coverage: [ecommerce.*]}
            """);
        var tooFew = TempScenario.IssuesOf(Header + """
            agreements:
              - {id: pair, kind: dea, members: [CHN, RUS], in_force_round: 0}
            dispute_mechanism: {members: pair, coverage: [ecommerce.*]}
            """);
        var badId = TempScenario.IssuesOf(Header + """
            dispute_mechanism: {members: RCEP, coverage: [ecommerce.*], in_force_round: -1}
            """);

        Assert.Equal("unknown country 'KAX': not in data/countries.csv (did you mean 'KAZ'?)", IssueAssertions.Single(issues, "country.unknown", 11, 36).Message);
        Assert.Equal(
            "the dispute mechanism needs at least 2 members among the scenario's countries to hear a dispute; the parties of pair gives CHN",
            IssueAssertions.Single(tooFew, "mechanism.too-few-members", 11, 30).Message);
        Assert.Equal(new[] { ("schema.pattern", 9, 30), ("schema.minimum", 9, 77) }, badId.Select(i => (i.Rule, i.Line, i.Column)));
        Assert.StartsWith("agreement id 'RCEP' must start with a lowercase letter", badId[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Listed_members_the_scenario_leaves_out_do_not_count_towards_the_two()
    {
        var issues = TempScenario.IssuesOf(Header + """
            dispute_mechanism: {members: [CHN, RUS, IND], coverage: [goods.tariffs]}
            """);

        Assert.Equal(
            "the dispute mechanism needs at least 2 members among the scenario's countries to hear a dispute; the list gives CHN",
            IssueAssertions.Single(issues, "mechanism.too-few-members", 9, 30).Message);
    }

    [Fact]
    public void A_mechanism_can_be_set_from_the_command_line_as_a_top_level_key()
    {
        var shocks = Path.Combine(RepositoryPaths.Scenarios, "examples", "shocks.yaml");

        var result = ScenarioLoader.Load(shocks, ["dispute_mechanism={members: [RUS, CHN], coverage: [digital.*]}", "dispute_mechanism.in_force_round=3"]);

        Assert.True(result.IsValid, string.Join('\n', result.Issues));
        var mechanism = result.Scenario!.Definition.DisputeMechanism!;
        Assert.Equal(["CHN", "RUS"], mechanism.Members.AsEnumerable());
        Assert.Equal(["digital.*"], mechanism.Coverage.AsEnumerable());
        Assert.Equal(3, mechanism.InForceRound);
    }

    [Fact]
    public void The_coverage_names_of_the_schema_are_the_provisions_the_model_knows_and_their_chapters()
    {
        var schema = JsonNode.Parse(ScenarioSchema.Text)!["$defs"]!["coverage"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());
        var names = ProvisionCatalog.Names.Append(ProvisionCatalog.GoodsTariffs).ToList();
        var chapters = names.Select(n => n[..(n.IndexOf('.', StringComparison.Ordinal) + 1)] + "*").Distinct();

        Assert.Equal(names.Concat(chapters).Order(StringComparer.Ordinal), schema.Order(StringComparer.Ordinal));
    }
}
