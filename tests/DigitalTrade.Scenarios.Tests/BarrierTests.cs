using DigitalTrade.Model.Policy;
using DigitalTrade.Model.World;

namespace DigitalTrade.Scenarios.Tests;

public class BarrierTests
{
    private const string PolicyHeader = "iso3,wto_member,mpia_participant,mfn_simple_avg_tariff_pct\n";

    /// <summary>A scenario on CHN, IND, RUS and UZB (the countries file holds only them) with a policy file.</summary>
    private static readonly string WithPolicy = TempScenario.ValidHeader.Replace(
        "  pairs: data/pairs.csv", "  pairs: data/pairs.csv\n  policy: data/policy.csv", StringComparison.Ordinal);

    private static readonly string FourCountries = CountryRows.Of("CHN", "IND", "RUS", "UZB");

    private static ScenarioDefinition Load(string yaml, string? policyCsv = null)
    {
        using var scenario = new TempScenario(yaml, FourCountries);
        scenario.WriteText("data/policy.csv", policyCsv ?? PolicyHeader + "CHN,1,1,7.5\nIND,1,0,18.3\nRUS,1,0,\nUZB,0,,\n");
        var result = scenario.Load();
        Assert.True(result.IsValid, string.Join('\n', result.Issues));
        return result.Scenario!.Definition;
    }

    private static double[] Levels(ScenarioDefinition definition, string iso3) => [.. definition.Setups.Single(s => s.Iso3 == iso3).Levels];

    [Fact]
    public void Without_barriers_every_included_country_gets_the_documented_defaults()
    {
        var definition = Load(TempScenario.ValidHeader.Replace(
            "  pairs: data/pairs.csv", "  include: [RUS, CHN]", StringComparison.Ordinal));

        Assert.Equal(["CHN", "RUS"], definition.Setups.Select(s => s.Iso3));
        var r = BarrierDefaults.Restrictiveness;
        Assert.All(definition.Setups, s => ModelJson.Equal(
            new CountrySetup(s.Iso3, [r, r, r, r, r, 0.071, 0.071, 0.0], DataRegime.Conditional, 0.5, true, 0.0, false, null), s));
        Assert.Equal((0.18, 0.071), (BarrierDefaults.Restrictiveness, BarrierDefaults.GoodsTariff));
        Assert.False(definition.MoratoriumInForce);
        Assert.Empty(definition.Agreements);
        Assert.Empty(definition.Links);
    }

    [Fact]
    public void Goods_tariffs_take_the_override_then_the_mfn_average_then_the_default()
    {
        var definition = Load(WithPolicy + """
            barriers:
              defaults: {goods_tariff: 0.09}
              countries:
                CHN: {goods_tariff: 0.02}
            """);

        Assert.Equal(
            [("CHN", 0.02), ("IND", 0.183), ("RUS", 0.09), ("UZB", 0.09)],
            definition.Setups.Select(s => (s.Iso3, s.Levels[(int)Measure.GoodsTariff])));
    }

    [Fact]
    public void Parcel_tariffs_take_the_override_then_the_default_then_the_country_goods_tariff()
    {
        var withDefault = Load(WithPolicy + """
            barriers:
              defaults: {parcel_tariff: 0.04}
              countries:
                IND: {parcel_tariff: 0.3}
            """);
        var withoutDefault = Load(WithPolicy);

        Assert.Equal([0.04, 0.3, 0.04, 0.04], withDefault.Setups.Select(s => s.Levels[(int)Measure.ParcelTariff]));
        Assert.Equal([0.075, 0.183, 0.071, 0.071], withoutDefault.Setups.Select(s => s.Levels[(int)Measure.ParcelTariff]));
    }

    [Fact]
    public void A_restrictiveness_mapping_replaces_only_the_measures_it_names_on_top_of_the_defaults()
    {
        var definition = Load(WithPolicy + """
            barriers:
              defaults: {restrictiveness: {payments: 0.4}}
              countries:
                CHN: {restrictiveness: {data_flows: 0.6, other: 0.1}}
                RUS: {restrictiveness: 0.5}
            """);

        Assert.Equal([0.18, 0.18, 0.4, 0.6, 0.1], Levels(definition, "CHN")[..5]);
        Assert.Equal([0.18, 0.18, 0.4, 0.18, 0.18], Levels(definition, "IND")[..5]);
        Assert.Equal([0.5, 0.5, 0.5, 0.5, 0.5], Levels(definition, "RUS")[..5]);
    }

    [Fact]
    public void Other_settings_take_the_override_then_the_defaults_and_wto_membership_comes_from_the_policy_data()
    {
        var definition = Load(WithPolicy + """
            barriers:
              defaults: {electronic_duty: 0.01, data_regime: open, sovereignty: 0.3, paperless: 0.4, pilot_zone: true}
              countries:
                UZB: {electronic_duty: 0.05, data_regime: limited, sovereignty: 0.9, paperless: 0.0, pilot_zone: false, readiness: 0.4}
            """);

        var uzb = definition.Setups.Single(s => s.Iso3 == "UZB");
        var ind = definition.Setups.Single(s => s.Iso3 == "IND");
        Assert.Equal((0.05, DataRegime.Limited, 0.9, 0.0, false, false, 0.4), (uzb.Levels[7], uzb.DataRegime, uzb.Sovereignty, uzb.Paperless, uzb.PilotZone, uzb.WtoMember, uzb.Readiness));
        Assert.Equal((0.01, DataRegime.Open, 0.3, 0.4, true, true, (double?)null), (ind.Levels[7], ind.DataRegime, ind.Sovereignty, ind.Paperless, ind.PilotZone, ind.WtoMember, ind.Readiness));
    }

    [Fact]
    public void The_policy_file_sets_wto_membership_mpia_participation_and_the_mfn_average()
    {
        var countries = Load(WithPolicy).Countries;

        Assert.Equal(
            [("CHN", true, true, (double?)7.5), ("IND", true, false, 18.3), ("RUS", true, false, null), ("UZB", false, false, null)],
            countries.Select(c => (c.Iso3, c.WtoMember, c.MpiaParticipant, c.MfnTariffPct)));
    }

    [Fact]
    public void A_country_missing_from_the_policy_file_is_reported_at_the_policy_path()
    {
        using var scenario = new TempScenario(WithPolicy, FourCountries);
        scenario.WriteText("data/policy.csv", PolicyHeader + "CHN,1,1,7.5\nIND,1,0,18.3\n");

        var issues = scenario.Issues();

        Assert.Equal(new[] { ("data.missing-country", 8, 11), ("data.missing-country", 8, 11) }, issues.Select(i => (i.Rule, i.Line, i.Column)));
        Assert.Equal("RUS is in data/countries.csv but has no row in data/policy.csv", issues[0].Message);
        Assert.Equal("UZB is in data/countries.csv but has no row in data/policy.csv", issues[1].Message);
    }

    [Fact]
    public void A_bad_policy_cell_is_reported_at_its_cell_and_not_again_as_a_missing_country()
    {
        using var scenario = new TempScenario(WithPolicy, FourCountries);
        scenario.WriteText("data/policy.csv", PolicyHeader + "CHN,1,1,7.5\nIND,yes,0,18.3\nRUS,1,0,-2\nUZB,0,,\n");

        var issues = scenario.Issues();

        Assert.Equal(
            new[] { ("data/policy.csv", 3, 5, "data.not-a-flag"), ("data/policy.csv", 4, 9, "data.out-of-range") },
            issues.Select(i => (i.File, i.Line, i.Column, i.Rule)));
    }

    [Fact]
    public void Restrictiveness_outside_zero_to_one_is_rejected_at_the_value()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            barriers:
              defaults: {restrictiveness: 1.2}
              countries:
                CHN: {restrictiveness: {data_flows: -0.1}}
            """);

        Assert.Equal(
            new[] { ("schema.maximum", 9, 31), ("schema.minimum", 11, 41) },
            issues.Select(i => (i.Rule, i.Line, i.Column)));
        Assert.Equal("barriers.defaults.restrictiveness must be <= 1, got 1.2", issues[0].Message);
    }

    [Fact]
    public void An_unknown_measure_in_a_restrictiveness_mapping_is_an_unknown_key_with_a_suggestion()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            barriers:
              countries:
                CHN: {restrictiveness: {data_flow: 0.6}}
            """);

        var issue = IssueAssertions.Single(issues, "schema.unknown-key", 10, 29);
        Assert.Equal("unknown key 'data_flow' in barriers.countries.CHN.restrictiveness (did you mean 'data_flows'?)", issue.Message);
    }

    [Fact]
    public void A_readiness_of_zero_and_an_unknown_data_regime_are_rejected()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            barriers:
              countries:
                CHN: {readiness: 0, data_regime: closed}
            """);

        Assert.Equal(new[] { ("schema.minimum", 10, 22), ("schema.enum", 10, 38) }, issues.Select(i => (i.Rule, i.Line, i.Column)));
    }

    [Fact]
    public void An_override_for_an_unknown_country_is_reported_and_one_left_out_by_include_is_passed_over()
    {
        var yaml = TempScenario.ValidHeader.Replace("  pairs: data/pairs.csv", "  include: [CHN, RUS]", StringComparison.Ordinal) + """
            barriers:
              countries:
                KAZ: {goods_tariff: 0.1}
                KAX: {goods_tariff: 0.1}
            """;

        var issue = IssueAssertions.Single(TempScenario.IssuesOf(yaml), "country.unknown", 11, 5);
        Assert.Contains("did you mean 'KAZ'", issue.Message, StringComparison.Ordinal);
    }
}
