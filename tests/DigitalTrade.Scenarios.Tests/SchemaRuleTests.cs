namespace DigitalTrade.Scenarios.Tests;

public class SchemaRuleTests
{
    [Fact]
    public void Negative_rounds_and_a_misspelt_key_give_exactly_two_issues_on_their_lines()
    {
        var issues = TempScenario.IssuesOf("""
            name: test
            seed: 1
            rounds: -3
            round_days: 91
            descriptoin: x
            countries:
              file: data/countries.csv
            """);

        Assert.Equal(2, issues.Length);
        var range = IssueAssertions.Has(issues, "schema.minimum", 3, 9);
        Assert.Equal("rounds must be >= 0, got -3", range.Message);
        var unknown = IssueAssertions.Has(issues, "schema.unknown-key", 5, 1);
        Assert.Equal("unknown key 'descriptoin' (did you mean 'description'?)", unknown.Message);
        Assert.EndsWith("scenario.yaml:3:9: error [schema.minimum]: rounds must be >= 0, got -3", range.ToString());
    }

    [Fact]
    public void A_misspelt_required_key_is_one_issue_with_a_suggestion_not_also_a_missing_key()
    {
        var issues = TempScenario.IssuesOf("""
            name: test
            seed: 1
            roudns: 8
            round_days: 91
            countries:
              file: data/countries.csv
            """);

        var issue = IssueAssertions.Single(issues, "schema.unknown-key", 3, 1);
        Assert.Equal("unknown key 'roudns' (did you mean 'rounds'?)", issue.Message);
    }

    [Fact]
    public void A_string_where_an_integer_is_expected_is_a_type_error_at_the_value()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader.Replace("rounds: 8", "rounds: abc", StringComparison.Ordinal));

        var issue = IssueAssertions.Single(issues, "schema.type", 3, 9);
        Assert.Contains("expected integer, got string 'abc'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quoted_number_stays_a_string()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader.Replace("rounds: 8", "rounds: \"8\"", StringComparison.Ordinal));

        Assert.Contains("got string '8'", IssueAssertions.Single(issues, "schema.type", 3, 9).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_required_key_is_reported_at_its_parent_mapping()
    {
        var issues = TempScenario.IssuesOf("""
            # a comment first
            name: test
            seed: 1
            round_days: 91
            countries:
              pairs: data/pairs.csv
            """);

        Assert.Equal(2, issues.Length);
        Assert.Equal("missing required key 'rounds'", IssueAssertions.Has(issues, "schema.required", 2, 1).Message);
        Assert.Equal("missing required key 'file' in countries", IssueAssertions.Has(issues, "schema.required", 5, 1).Message);
    }

    [Fact]
    public void Range_rules_name_their_bound()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            parameters:
              theta: {goods: 0, digital: 51}
              solver: {tolerance: 0.5}
            """);

        Assert.Equal(3, issues.Length);
        Assert.Equal("parameters.theta.goods must be > 0, got 0", IssueAssertions.Has(issues, "schema.minimum", 9, 18).Message);
        Assert.Equal("parameters.theta.digital must be <= 50, got 51", IssueAssertions.Has(issues, "schema.maximum", 9, 30).Message);
        Assert.Equal("parameters.solver.tolerance must be <= 0.01, got 0.5", IssueAssertions.Has(issues, "schema.maximum", 10, 23).Message);
    }

    [Fact]
    public void A_misspelt_key_inside_an_event_is_an_unknown_key_of_that_event_kind()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            events:
              - round: 2
                kind: trade_cost_change
                factr: 0.9
            """);

        var issue = IssueAssertions.Single(issues, "schema.unknown-key", 11, 5);
        Assert.Equal("unknown key 'factr' in an event of kind trade_cost_change (did you mean 'factor'?)", issue.Message);
    }

    [Fact]
    public void An_unknown_event_kind_is_reported_once_as_such()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            events:
              - round: 2
                kind: endowment_shok
                country: RUS
                factor: 0.9
            """);

        var issue = IssueAssertions.Single(issues, "schema.enum", 10, 11);
        Assert.StartsWith("unknown event kind 'endowment_shok' (did you mean 'endowment_shock'?)", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_missing_a_required_key_names_the_key_and_the_kind()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            events:
              - round: 2
                kind: endowment_shock
                factor: 0.9
            """);

        var issue = IssueAssertions.Single(issues, "schema.required", 9, 5);
        Assert.Equal("missing required key 'country' in an event of kind endowment_shock", issue.Message);
    }

    [Theory]
    [InlineData(".nan")]
    [InlineData(".inf")]
    [InlineData("-.Inf")]
    public void Non_finite_numbers_are_reported_once(string value)
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + $$"""
            parameters:
              growth: {annual_rate: {{value}}}
            """);

        var issue = IssueAssertions.Single(issues, "value.not-finite", 9, 25);
        Assert.Equal($"'{value}' is not a finite number", issue.Message);
    }

    [Fact]
    public void A_duplicate_key_is_reported_and_parsing_goes_on()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + """
            seed: 2
            descriptoin: x
            """);

        Assert.Equal(2, issues.Length);
        Assert.Equal("duplicate key 'seed' (first on line 2)", IssueAssertions.Has(issues, "yaml.duplicate-key", 8, 1).Message);
        IssueAssertions.Has(issues, "schema.unknown-key", 9, 1);
    }

    [Fact]
    public void A_yaml_syntax_error_is_reported_with_its_position()
    {
        var issues = TempScenario.IssuesOf("""
            name: test
            description: 'not closed
            """);

        var issue = Assert.Single(issues);
        Assert.Equal("yaml.syntax", issue.Rule);
        Assert.Equal(2, issue.Line);
    }

    [Fact]
    public void An_unclosed_flow_list_is_a_syntax_error_not_an_exception()
    {
        var issues = TempScenario.IssuesOf("""
            name: test
            countries: {file: x, include: [CHN, RUS
            seed: 1
            """);

        Assert.Equal("yaml.syntax", Assert.Single(issues).Rule);
    }

    [Fact]
    public void An_empty_file_is_one_issue()
    {
        Assert.Equal("yaml.empty", Assert.Single(TempScenario.IssuesOf("# nothing here\n")).Rule);
    }

    [Fact]
    public void A_scenario_that_is_not_a_mapping_is_a_type_error()
    {
        var issue = Assert.Single(TempScenario.IssuesOf("- a\n- b\n"));

        Assert.Equal(("schema.type", 1, 1), (issue.Rule, issue.Line, issue.Column));
        Assert.Equal("the scenario: expected a mapping, got a list", issue.Message);
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_at_once_sorted_by_position()
    {
        var issues = TempScenario.IssuesOf("""
            name: "bad name"
            seed: 9007199254740992
            rounds: 8
            round_days: 0
            countries:
              file: data/countries.csv
              include: [CHN, chn, CHN]
            parameters:
              output_share: {goods: 1.5}
              growth:
                annual_rate_by_country: {kaz: 0.02}
            events:
              - {round: 0, kind: trade_cost_change, factor: 0, sectors: [goods, food]}
            outputs:
              tables: [countries, charts]
            """);

        Assert.Equal(
            new[]
            {
                (1, 7, "schema.pattern"), (2, 7, "schema.maximum"), (4, 13, "schema.minimum"),
                (7, 18, "schema.pattern"), (7, 23, "schema.uniqueItems"), (9, 25, "schema.maximum"),
                (11, 30, "schema.pattern"), (13, 13, "schema.minimum"), (13, 49, "schema.minimum"),
                (13, 69, "schema.enum"), (15, 23, "schema.enum"),
            },
            issues.Select(i => (i.Line, i.Column, i.Rule)));
        Assert.Contains("'food'", issues[9].Message, StringComparison.Ordinal);
        Assert.Equal("key 'kaz' is not an ISO3 country code (three capital letters, e.g. CHN)", issues[6].Message);
    }
}
