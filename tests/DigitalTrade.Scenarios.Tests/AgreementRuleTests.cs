using DigitalTrade.Model.Agreements;

namespace DigitalTrade.Scenarios.Tests;

public class AgreementRuleTests
{
    private static AgreementDefinition LoadSingle(string yaml)
    {
        using var scenario = new TempScenario(yaml);
        var result = scenario.Load();
        Assert.True(result.IsValid, string.Join('\n', result.Issues));
        return Assert.Single(result.Scenario!.Definition.Agreements);
    }

    [Fact]
    public void Rcep_member_means_every_included_country_the_countries_file_flags()
    {
        var yaml = TempScenario.ValidHeader.Replace("  pairs: data/pairs.csv", "  include: [LAO, CHN, RUS, MMR]", StringComparison.Ordinal) + """
            agreements:
              - {id: rcep, kind: fta, members: rcep_member, in_force_round: -16, join_rounds: {MMR: 3, KHM: -10}}
            """;

        var rcep = LoadSingle(yaml);

        Assert.Equal([("CHN", -16), ("LAO", -16), ("MMR", 3)], rcep.Members.Select(m => (m.Iso3, m.JoinRound)));
        Assert.Equal(("rcep", true, 0.0), (rcep.Name, rcep.RtaEffect, rcep.TariffEliminationShare));
        Assert.Empty(rcep.Provisions); // no tariff schedule: no goods.tariffs provision
    }

    [Fact]
    public void Listed_members_left_out_by_include_are_dropped_and_the_rest_sorted()
    {
        var yaml = TempScenario.ValidHeader.Replace("  pairs: data/pairs.csv", "  include: [KAZ, CHN, UZB]", StringComparison.Ordinal) + """
            agreements:
              - {id: dea, kind: dea, members: [UZB, RUS, CHN, KAZ], in_force_round: 2, rta_effect: true, tariffs_note: x}
            """;

        var issue = IssueAssertions.Single(TempScenario.IssuesOf(yaml), "schema.unknown-key", 9, 94);
        Assert.Equal(
            "unknown key 'tariffs_note' in agreements.0 (allowed: id, kind, name, members, in_force_round, join_rounds, hub, rta_effect, tariffs, ecommerce, modules, exceptions)",
            issue.Message);
        var dea = LoadSingle(yaml.Replace(", tariffs_note: x", "", StringComparison.Ordinal));
        Assert.Equal(["CHN", "KAZ", "UZB"], dea.Members.Select(m => m.Iso3));
        Assert.True(dea.RtaEffect);
    }

    [Fact]
    public void A_tariff_schedule_brings_a_goods_tariffs_provision_first()
    {
        var fta = LoadSingle(TempScenario.ValidHeader + """
            agreements:
              - id: fta
                kind: fta
                members: [CHN, KAZ]
                in_force_round: 0
                tariffs: {elimination_share: 0.5, phase_in_rounds: 8, dispute_settlement: false}
                ecommerce: {customs_duties: {depth: 1}}
            """);

        Assert.Equal((0.5, 8), (fta.TariffEliminationShare, fta.TariffPhaseInRounds));
        ModelJson.Equal(
            [new Provision(ProvisionCatalog.GoodsTariffs, false, 0, false), new Provision(ProvisionCatalog.CustomsDuties, false, 1, false)],
            fta.Provisions);
    }

    [Fact]
    public void The_hub_must_be_a_member()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            agreements:
              - {id: mou, kind: mou, members: [KAZ, KGZ], hub: CHN, in_force_round: 0}
              - {id: rcep, kind: fta, members: rcep_member, hub: RUS, in_force_round: 0}
            """);

        Assert.Equal(new[] { ("agreement.hub-not-member", 9, 52), ("agreement.hub-not-member", 10, 54) }, issues.Select(i => (i.Rule, i.Line, i.Column)));
        Assert.Equal("the hub CHN is not a member of mou (members: KAZ, KGZ)", issues[0].Message);
        Assert.Equal("the hub RUS is not a member of rcep (members: every RCEP member of data/countries.csv)", issues[1].Message);
    }

    [Fact]
    public void A_mou_with_tariffs_a_chapter_or_modules_is_rejected_at_each_key()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            agreements:
              - id: mou
                kind: mou
                members: [CHN, KAZ]
                in_force_round: 0
                tariffs: {elimination_share: 0.5}
                ecommerce: {data_flows: {}}
                modules: {payments: {}}
            """);

        Assert.Equal(
            new[] { ("agreement.key-for-kind", 13, 5), ("agreement.key-for-kind", 14, 5), ("agreement.key-for-kind", 15, 5) },
            issues.Select(i => (i.Rule, i.Line, i.Column)));
        Assert.Equal("tariffs: a tariff schedule is for fta agreements, not mou", issues[0].Message);
        Assert.Equal("ecommerce: an e-commerce chapter is for fta and dea agreements, not mou", issues[1].Message);
        Assert.Equal("modules: modules are for dea agreements, not mou", issues[2].Message);
    }

    [Fact]
    public void Modules_belong_to_dea_agreements_only()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            agreements:
              - {id: fta, kind: fta, members: [CHN, KAZ], in_force_round: 0, modules: {payments: {}}}
            """);

        IssueAssertions.Single(issues, "agreement.key-for-kind", 9, 66);
    }

    [Fact]
    public void Duplicate_agreement_ids_are_reported_at_the_second()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            agreements:
              - {id: depa, kind: dea, members: [CHN, KAZ], in_force_round: 0}
              - {id: depa, kind: dea, members: [RUS, KAZ], in_force_round: 0}
            """);

        var issue = IssueAssertions.Single(issues, "agreement.duplicate-id", 10, 10);
        Assert.Equal("duplicate agreement id 'depa' (first on line 9)", issue.Message);
    }

    [Fact]
    public void An_unknown_module_is_an_unknown_key_with_a_suggestion()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            agreements:
              - {id: depa, kind: dea, members: [CHN, KAZ], in_force_round: 0, modules: {data_issue: {depth: 0.5}}}
            """);

        var issue = IssueAssertions.Single(issues, "schema.unknown-key", 9, 77);
        Assert.Equal("unknown key 'data_issue' in agreements.0.modules (did you mean 'data_issues'?)", issue.Message);
    }

    [Fact]
    public void A_provision_given_by_the_chapter_and_a_module_is_reported_at_the_module()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            agreements:
              - id: depa
                kind: dea
                members: [CHN, KAZ]
                in_force_round: 0
                ecommerce:
                  data_flows: {depth: 0.2}
                modules:
                  data_issues: {depth: 0.5}
            """);

        var issue = IssueAssertions.Single(issues, "agreement.duplicate-provision", 16, 7);
        Assert.Equal("module data_issues brings ecommerce.data_flows, which ecommerce.data_flows already gives (line 14); give it once", issue.Message);
    }

    [Fact]
    public void Lapsing_with_the_moratorium_is_only_for_customs_duties()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            agreements:
              - {id: fta, kind: fta, members: [CHN, KAZ], in_force_round: 0, ecommerce: {data_flows: {lapses_with_moratorium: true}}}
            """);

        Assert.Equal("unknown key 'lapses_with_moratorium' in agreements.0.ecommerce.data_flows (allowed: dispute_settlement, depth)",
            IssueAssertions.Single(issues, "schema.unknown-key", 9, 91).Message);
    }

    [Fact]
    public void Member_codes_must_be_known_and_join_rounds_must_name_members()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            agreements:
              - {id: fta, kind: fta, members: [CHN, KAX], in_force_round: 0, join_rounds: {RUS: 4}}
            """);

        Assert.Equal(new[] { ("country.unknown", 9, 41), ("agreement.join-round-not-member", 9, 80) }, issues.Select(i => (i.Rule, i.Line, i.Column)));
        Assert.Equal("RUS has a join round but is not a member of fta (members: CHN)", issues[1].Message);
    }

    [Fact]
    public void Bad_kinds_ids_and_membership_values_are_schema_errors_with_plain_messages()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            agreements:
              - {id: RCEP, kind: pta, members: rcep, in_force_round: 0.5}
            """);

        Assert.Equal(
            new[] { ("schema.pattern", 9, 10), ("schema.enum", 9, 22), ("schema.const", 9, 36), ("schema.type", 9, 58) },
            issues.Select(i => (i.Rule, i.Line, i.Column)));
        Assert.Equal("agreement id 'RCEP' must start with a lowercase letter or digit and hold only lowercase letters, digits, '_' and '-'", issues[0].Message);
        Assert.Equal("unknown agreement kind 'pta' (did you mean 'fta'?); expected one of: fta, mou, dea", issues[1].Message);
        Assert.Equal("agreements.0.members must be a list of countries or 'rcep_member', got 'rcep'", issues[2].Message);
    }
}
