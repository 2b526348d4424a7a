using DigitalTrade.Model.Events;
using DigitalTrade.Model.Policy;

namespace DigitalTrade.Scenarios.Tests;

public class DigitalEventRuleTests
{
    private const string Agreements = """
        agreements:
          - {id: depa, kind: dea, members: [KAZ, KGZ], in_force_round: 0, join_rounds: {KGZ: 6}}

        """;

    [Fact]
    public void Accession_to_an_unknown_agreement_is_reported_with_a_suggestion()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + Agreements + """
            events:
              - {round: 2, kind: accession, agreement: dpea, country: CHN}
            """);

        var issue = IssueAssertions.Single(issues, "event.unknown-agreement", 11, 44);
        Assert.Equal("unknown agreement 'dpea' (did you mean 'depa'?)", issue.Message);
    }

    [Fact]
    public void Accession_without_any_agreement_says_the_scenario_has_none()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            events:
              - {round: 2, kind: accession, agreement: depa, country: CHN}
            """);

        Assert.Equal("unknown agreement 'depa' (the scenario defines no agreements)", IssueAssertions.Single(issues, "event.unknown-agreement", 9, 44).Message);
    }

    [Fact]
    public void A_member_cannot_accede_again_neither_when_listed_nor_after_an_earlier_accession()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + Agreements + """
            events:
              - {round: 8, kind: accession, agreement: depa, country: CHN}
              - {round: 2, kind: accession, agreement: depa, country: KGZ}
              - {round: 4, kind: accession, agreement: depa, country: CHN}
            """);

        Assert.Equal(new[] { ("event.already-member", 11, 59), ("event.already-member", 12, 59) }, issues.Select(i => (i.Rule, i.Line, i.Column)));
        Assert.Equal("CHN has already joined depa by an earlier accession event", issues[0].Message); // round 8 comes after round 4
        Assert.StartsWith("KGZ is already a member of depa", issues[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_accession_maps_to_the_model_event()
    {
        using var scenario = new TempScenario(TempScenario.ValidHeader + Agreements + """
            events:
              - {round: 3, kind: accession, agreement: depa, country: CHN}
            """);

        var result = scenario.Load();

        Assert.True(result.IsValid, string.Join('\n', result.Issues));
        Assert.Equal(new Accession(3, "depa", "CHN"), Assert.Single(result.Scenario!.Definition.Events));
    }

    [Fact]
    public void A_link_upgrade_needs_a_link_from_the_links_file_or_an_earlier_cable()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            events:
              - {round: 2, kind: link_upgrade, from: CHN, to: KGZ, latency_factor: 0.8}
              - {round: 3, kind: cable, route: [KGZ, CHN, PAK]}
              - {round: 3, kind: link_upgrade, from: PAK, to: CHN, latency_factor: 0.8}
              - {round: 4, kind: link_upgrade, from: KGZ, to: CHN, latency_factor: 0.8}
              - {round: 5, kind: link_upgrade, from: KGZ, to: PAK, latency_factor: 0.8}
              - {round: 6, kind: link_upgrade, from: UZB, to: TJK, latency_factor: 0.8}
              - {round: 6, kind: cable, route: [UZB, TJK]}
            """);

        Assert.Equal(new[] { ("event.no-link", 9, 42), ("event.no-link", 13, 42), ("event.no-link", 14, 42) }, issues.Select(i => (i.Rule, i.Line, i.Column)));
        Assert.StartsWith("no link joins CHN and KGZ to upgrade", issues[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_upgrade_of_a_link_in_the_links_file_is_valid()
    {
        using var scenario = new TempScenario(TempScenario.ValidHeader + """
            network: {links: data/links.csv}
            events:
              - {round: 2, kind: link_upgrade, from: KGZ, to: CHN, latency_factor: 0.8}
            """);
        scenario.WriteText("data/links.csv", "from,to,kind,name\nCHN,KGZ,terrestrial,Irkeshtam\n");

        var result = scenario.Load();

        Assert.True(result.IsValid, string.Join('\n', result.Issues));
        Assert.Equal(new LinkUpgrade(2, "KGZ", "CHN", 0.8), Assert.Single(result.Scenario!.Definition.Events));
    }

    [Fact]
    public void A_link_upgrade_of_a_country_to_itself_is_rejected()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            events:
              - {round: 2, kind: link_upgrade, from: CHN, to: CHN, latency_factor: 0.8}
            """);

        IssueAssertions.Single(issues, "event.self-link", 9, 51);
    }

    [Fact]
    public void A_barrier_change_with_both_set_and_add_or_neither_is_rejected()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            events:
              - {round: 1, kind: barrier_change, countries: [IND, PAK], measure: electronic_duty, set: 0.05, add: 0.01}
              - {round: 1, kind: barrier_change, measure: goods_tariff}
            """);

        Assert.Equal(new[] { ("event.set-or-add", 9, 98), ("event.set-or-add", 10, 5) }, issues.Select(i => (i.Rule, i.Line, i.Column)));
        Assert.Equal("give either set (the new level) or add (a change to the level), not both", issues[0].Message);
    }

    [Fact]
    public void A_digital_measure_set_above_one_is_out_of_range_but_a_rate_may_exceed_one()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            events:
              - {round: 1, kind: barrier_change, measure: data_flows, set: 1.5}
              - {round: 1, kind: barrier_change, measure: payments, add: -1.5}
              - {round: 1, kind: barrier_change, measure: goods_tariff, set: 1.5}
              - {round: 1, kind: barrier_change, measure: parcel_tariff, set: -0.1}
            """);

        Assert.Equal(
            new[] { ("event.level-out-of-range", 9, 64), ("event.level-out-of-range", 10, 62), ("schema.minimum", 12, 67) },
            issues.Select(i => (i.Rule, i.Line, i.Column)));
        Assert.Equal("set must be <= 1 for data_flows, a restrictiveness level 0-1, got 1.5", issues[0].Message);
    }

    [Fact]
    public void An_unknown_measure_is_reported_with_a_suggestion()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            events:
              - {round: 1, kind: barrier_change, measure: electronic_duties, set: 0.05}
            """);

        var issue = IssueAssertions.Single(issues, "schema.enum", 9, 47);
        Assert.StartsWith("events.0.measure: unknown value 'electronic_duties' (did you mean 'electronic_duty'?)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cable_route_may_not_repeat_a_code_in_a_row_and_a_length_needs_a_single_link()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            events:
              - {round: 1, kind: cable, name: loop, route: [CHN, KGZ, KGZ, UZB], length_km: 900}
              - {round: 1, kind: cable, name: ring, route: [CHN, KGZ, CHN], latency_factor: 1.2}
            """);

        Assert.Equal(
            new[] { ("event.route-repeat", 9, 59), ("event.length-needs-one-link", 9, 70), ("schema.maximum", 10, 81) },
            issues.Select(i => (i.Rule, i.Line, i.Column)));
    }

    [Fact]
    public void Codes_in_digital_events_must_be_countries_of_the_scenario()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader.Replace("  pairs: data/pairs.csv", "  include: [CHN, KAZ]", StringComparison.Ordinal) + """
            events:
              - {round: 1, kind: cable, route: [CHN, KGZ]}
              - {round: 1, kind: pilot_zone, countries: [KAZ, KAX]}
              - {round: 1, kind: digital_investment, country: RUS, usd_bn: 1}
              - {round: 1, kind: link_upgrade, from: CHN, to: RUS, latency_factor: 0.5}
            """);

        Assert.Equal(
            new[] { ("country.not-included", 9, 42), ("country.unknown", 10, 51), ("country.not-included", 11, 51), ("country.not-included", 12, 51) },
            issues.Select(i => (i.Rule, i.Line, i.Column)));
    }

    [Fact]
    public void Lists_of_digital_events_need_their_minimum_number_of_countries()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            events:
              - {round: 1, kind: payment_interoperability, countries: [CHN]}
              - {round: 1, kind: barrier_change, countries: [], measure: other, set: 0.1}
              - {round: 1, kind: digital_investment, country: KGZ, usd_bn: 0}
            """);

        Assert.Equal(
            new[] { ("schema.minItems", 9, 59), ("schema.minItems", 10, 49), ("schema.minimum", 11, 64) },
            issues.Select(i => (i.Rule, i.Line, i.Column)));
    }

    [Fact]
    public void A_barrier_change_without_countries_applies_to_all()
    {
        using var scenario = new TempScenario(TempScenario.ValidHeader + """
            events:
              - {round: 1, kind: barrier_change, measure: other, add: 0.1}
            """);

        var result = scenario.Load();

        Assert.True(result.IsValid, string.Join('\n', result.Issues));
        var change = Assert.IsType<BarrierChange>(Assert.Single(result.Scenario!.Definition.Events));
        Assert.Equal((Measure.Other, (double?)null, (double?)0.1), (change.Measure, change.Set, change.Add));
        Assert.True(change.Countries.IsEmpty && !change.Countries.IsDefault);
    }
}
