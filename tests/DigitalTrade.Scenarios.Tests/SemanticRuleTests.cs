namespace DigitalTrade.Scenarios.Tests;

public class SemanticRuleTests
{
    [Fact]
    public void An_unknown_iso3_code_is_reported_at_the_code_with_a_suggestion()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader.Replace(
            "  pairs: data/pairs.csv", "  pairs: data/pairs.csv\n  include: [CHN, RUS, KAX]", StringComparison.Ordinal));

        var issue = IssueAssertions.Single(issues, "country.unknown", 8, 23);
        Assert.Equal("unknown country 'KAX': not in data/countries.csv (did you mean 'KAZ'?)", issue.Message);
    }

    [Fact]
    public void Codes_in_the_file_but_left_out_by_include_are_not_included()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader.Replace(
            "  pairs: data/pairs.csv", "  include: [CHN, RUS]", StringComparison.Ordinal) + """
            parameters:
              reference_country: KAZ
              growth: {annual_rate_by_country: {UZB: 0.05, RUS: 0.01}}
            events:
              - {round: 1, kind: endowment_shock, country: IND, factor: 0.9}
              - {round: 1, kind: trade_cost_change, importers: [RUS, TJK], exporters: [QQQ], factor: 0.9}
            """);

        Assert.Equal(
            new[]
            {
                (9, 22, "country.not-included"), (10, 37, "country.not-included"),
                (12, 48, "country.not-included"), (13, 58, "country.not-included"), (13, 76, "country.unknown"),
            },
            issues.Select(i => (i.Line, i.Column, i.Rule)));
        Assert.Equal("KAZ is in data/countries.csv but not in countries.include", issues[0].Message);
    }

    [Fact]
    public void An_event_after_the_last_round_is_out_of_range()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            events:
              - {round: 8, kind: endowment_shock, country: RUS, factor: 0.9}
              - {round: 9, kind: endowment_shock, country: RUS, factor: 0.9}
            """);

        var issue = IssueAssertions.Single(issues, "event.round-out-of-range", 10, 13);
        Assert.Equal("the event is in round 9, after the last round of the run (rounds: 8)", issue.Message);
    }

    [Fact]
    public void Output_shares_that_sum_to_one_or_more_are_rejected_at_the_output_share_key()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            parameters:
              output_share:
                goods: 0.9
                digital: 0.1
            """);

        var issue = IssueAssertions.Single(issues, "parameters.output-share-sum", 9, 3);
        Assert.StartsWith("output shares sum to 1.03 (goods 0.9, ecommerce 0.03, digital 0.1)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zero_output_share_is_rejected()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            parameters:
              output_share: {ecommerce: 0}
            """);

        IssueAssertions.Single(issues, "parameters.output-share-positive", 9, 29);
    }

    [Fact]
    public void A_code_that_failed_the_schema_is_not_reported_again_as_unknown()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            parameters:
              reference_country: china
            """);

        IssueAssertions.Single(issues, "schema.pattern", 9, 22);
    }
}
