using System.Diagnostics;
using System.Text;

namespace DigitalTrade.Scenarios.Tests;

/// <summary>
/// The limits on what a scenario may hold (docs/scenarios.md, "Limits"): each hostile document is refused
/// with one clear issue, quickly, before it can grow in memory; real use (10,000 rounds, 2,000 countries,
/// aliases that stay small) stays valid.
/// </summary>
public sealed class LimitTests
{
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(5);

    [Fact]
    public void An_alias_bomb_is_refused_at_the_alias_that_expands_it_past_ten_times_its_size()
    {
        var clock = Stopwatch.StartNew();
        var issues = TempScenario.IssuesOf(HostileDocuments.AliasBomb);

        Assert.True(clock.Elapsed < Quick, $"took {clock.Elapsed}");
        var issue = Assert.Single(issues);
        Assert.Equal("yaml.alias-expansion", issue.Rule);
        Assert.InRange(issue.Line, 2, 9); // one of the alias lines, not the top of the file
        Assert.Contains("10 times", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aliases_that_stay_small_still_work()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader.Replace("pairs: data/pairs.csv", "pairs: data/pairs.csv\n  include: &six [CHN, RUS, KAZ, KGZ, UZB, TJK]", StringComparison.Ordinal) + """
            events:
              - {round: 1, kind: trade_cost_change, importers: *six, exporters: *six, factor: 0.9}
              - {round: 2, kind: trade_cost_change, importers: *six, exporters: *six, factor: 0.9}
            """);

        Assert.Empty(issues);
    }

    [Fact]
    public void Deep_nesting_is_refused_at_the_level_past_the_limit()
    {
        var clock = Stopwatch.StartNew();
        var issues = TempScenario.IssuesOf(HostileDocuments.DeepNesting);

        Assert.True(clock.Elapsed < Quick, $"took {clock.Elapsed}");
        var issue = IssueAssertions.Single(issues, "limit.depth", 2, 7 + ScenarioLimits.MaxDepth);
        Assert.Contains("32 levels", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_only_checked_by_the_schema()
    {
        var nested = new string('[', ScenarioLimits.MaxDepth) + new string(']', ScenarioLimits.MaxDepth);

        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + "description: " + nested + "\n");

        Assert.DoesNotContain(issues, i => i.Rule.StartsWith("limit.", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Rule == "schema.type");
    }

    [Fact]
    public void A_file_over_one_mebibyte_is_refused_before_it_is_parsed()
    {
        var yaml = TempScenario.ValidHeader + "description: |\n" + string.Concat(Enumerable.Repeat("  " + new string('x', 1000) + "\n", 1100));

        var issues = TempScenario.IssuesOf(yaml);

        var issue = IssueAssertions.Single(issues, "limit.document-size", 1, 1);
        Assert.Contains("1024 KiB", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scenario_text_over_one_mebibyte_is_refused_by_the_api_parser_too()
    {
        var yaml = HostileDocuments.TwoMebibyteName(TempScenario.ValidHeader);

        var result = ScenarioLoader.Parse(yaml, "scenario.yaml", RepositoryPaths.Scenarios);

        Assert.Equal("limit.document-size", Assert.Single(result.Issues).Rule);
    }

    [Fact]
    public void A_value_over_ten_thousand_characters_is_one_issue_at_the_value()
    {
        var yaml = HostileDocuments.LongName(TempScenario.ValidHeader, 500_000);

        var issues = TempScenario.IssuesOf(yaml);

        var issue = IssueAssertions.Single(issues, "limit.string-length", 1, 7);
        Assert.Contains("500,000 characters", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_over_two_hundred_characters_is_refused()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + new string('k', 201) + ": 1\n");

        IssueAssertions.Single(issues, "limit.string-length", 8, 1);
    }

    [Theory]
    [InlineData(200, null)]
    [InlineData(201, "schema.maxLength")]
    public void Names_may_hold_two_hundred_characters(int length, string? rule)
    {
        var issues = TempScenario.IssuesOf(HostileDocuments.LongName(TempScenario.ValidHeader, length));

        if (rule is null)
        {
            Assert.Empty(issues);
        }
        else
        {
            var issue = IssueAssertions.Single(issues, rule, 1, 7);
            Assert.Contains("at most 200 characters", issue.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_agreement_id_over_two_hundred_characters_breaks_its_length()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + $"agreements:\n  - {{id: {new string('a', 201)}, kind: mou, members: [CHN, RUS], in_force_round: 0}}\n");

        IssueAssertions.Single(issues, "schema.maxLength", 9, 10);
    }

    [Fact]
    public void Ten_thousand_rounds_are_valid_and_one_more_is_not()
    {
        Assert.Empty(TempScenario.IssuesOf(TempScenario.ValidHeader, "rounds=10000"));
        Assert.Contains(TempScenario.IssuesOf(TempScenario.ValidHeader, "rounds=10001"), i => i.Rule == "schema.maximum");
    }

    [Fact]
    public void More_than_twenty_thousand_events_are_refused()
    {
        var events = string.Concat(Enumerable.Repeat("- {round: 1, kind: moratorium_lapse}\n", ScenarioLimits.MaxEvents + 1));

        var clock = Stopwatch.StartNew();
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader.Replace("rounds: 8", "rounds: 10000", StringComparison.Ordinal) + "events:\n" + events);

        Assert.True(clock.Elapsed < Quick, $"took {clock.Elapsed}");
        var issue = IssueAssertions.Single(issues, "schema.maxItems", 9, 1);
        Assert.Contains("at most 20000 items, got 20001", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Thousands_of_invalid_events_are_reported_up_to_a_hundred_and_the_rest_is_summed_up()
    {
        var events = string.Concat(Enumerable.Range(0, 3_000).Select(i => $"- {{round: {(i % 8) + 1}, kind: endowment_shock, country: CHN, sector: goods, factor: x}}\n"));

        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + "events:\n" + events);

        Assert.Equal(100, issues.Count(i => i.Rule == "schema.type"));
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"events.{i}.factor"), issues.Where(i => i.Rule == "schema.type").Select(i => i.Message.Split(':')[0]));
        var more = IssueAssertions.Has(issues, "schema.more-issues", 9, 1);
        Assert.Contains("from event 0 on", more.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_event_list_is_checked_chunk_by_chunk_with_each_problem_at_its_own_event()
    {
        var events = Enumerable.Range(0, 2_500).Select(i => $"- {{round: {(i % 8) + 1}, kind: moratorium_lapse}}\n").ToArray();
        events[2_345] = "- {round: 1, kind: endowment_shock, country: CHN, sector: goods, factor: -1}\n";

        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader + "events:\n" + string.Concat(events));

        var issue = IssueAssertions.Single(issues, "schema.minimum", 9 + 2_345, 74);
        Assert.StartsWith("events.2345.factor", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_thousand_countries_are_valid_and_one_more_is_not()
    {
        using var valid = new TempScenario(Header(pairs: false), countriesCsv: SyntheticCountries(ScenarioLimits.MaxCountries));
        Assert.Empty(valid.Issues());

        using var invalid = new TempScenario(Header(pairs: false), countriesCsv: SyntheticCountries(ScenarioLimits.MaxCountries + 1));
        var issue = IssueAssertions.Single(invalid.Issues(), "limit.countries", 6, 9);
        Assert.Contains("2,001 countries", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_a_thousand_overrides_are_refused()
    {
        var overrides = Enumerable.Repeat("rounds=4", ScenarioLimits.MaxOverrides + 1).ToArray();

        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader, overrides);

        Assert.Equal("limit.overrides", Assert.Single(issues).Rule);
    }

    [Fact]
    public void An_alias_bomb_in_an_override_is_refused_as_such()
    {
        var bomb = "[" + string.Join(',', Enumerable.Repeat("&a [x,x,x,x,x,x,x,x]", 1)) + ", " +
            string.Join(", ", Enumerable.Range(0, 6).Select(i => $"&{(char)('b' + i)} [{string.Join(',', Enumerable.Repeat($"*{(char)('a' + i)}", 9))}]")) + "]";

        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader, "description=" + bomb);

        var issue = Assert.Single(issues);
        Assert.Equal(("--set", 1, "yaml.alias-expansion"), (issue.File, issue.Line, issue.Rule));
    }

    [Fact]
    public void A_data_file_over_256_mebibytes_is_refused_without_reading_it()
    {
        using var scenario = new TempScenario(TempScenario.ValidHeader);
        using (var huge = File.OpenWrite(Path.Combine(scenario.Folder, "data", "pairs.csv")))
        {
            huge.SetLength(ScenarioLimits.MaxDataFileBytes + 1); // sparse: costs no disk
        }

        var issue = IssueAssertions.Single(scenario.Issues(), "limit.data-file-size", 7, 10);
        Assert.Contains("256 MiB", issue.Message, StringComparison.Ordinal);
    }

    private static string Header(bool pairs) =>
        pairs ? TempScenario.ValidHeader : TempScenario.ValidHeader.Replace("  pairs: data/pairs.csv\n", "", StringComparison.Ordinal);

    /// <summary>A countries file of <paramref name="count"/> copies of China under made-up codes (AAA, AAB, ...).</summary>
    private static string SyntheticCountries(int count)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Data, "countries.csv"));
        var china = lines.Single(l => l.StartsWith("CHN,", StringComparison.Ordinal));
        var csv = new StringBuilder(lines[0]).Append('\n');
        for (var i = 0; i < count; i++)
        {
            var code = new string([(char)('A' + (i / 676)), (char)('A' + (i / 26 % 26)), (char)('A' + (i % 26))]);
            csv.Append(code).Append(china[3..]).Append('\n');
        }

        return csv.ToString();
    }
}
