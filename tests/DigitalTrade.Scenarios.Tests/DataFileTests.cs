namespace DigitalTrade.Scenarios.Tests;

public class DataFileTests
{
    private static readonly string Countries = File.ReadAllText(Path.Combine(RepositoryPaths.Data, "countries.csv")).ReplaceLineEndings("\n");

    private static (int Line, int Column) Find(string csv, string text)
    {
        var lines = csv.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));
        return (line + 1, lines[line].IndexOf(text, StringComparison.Ordinal) + 1);
    }

    private static System.Collections.Immutable.ImmutableArray<ScenarioIssue> IssuesWithCountries(string countriesCsv)
    {
        using var scenario = new TempScenario(TempScenario.ValidHeader, countriesCsv);
        return scenario.Issues();
    }

    [Fact]
    public void A_missing_data_file_is_reported_at_its_path_in_the_scenario()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader.Replace("data/pairs.csv", "data/pears.csv", StringComparison.Ordinal));

        var issue = IssueAssertions.Single(issues, "data.not-found", 7, 10);
        Assert.Equal("data file 'data/pears.csv' not found", issue.Message);
    }

    [Fact]
    public void A_value_that_is_not_a_number_is_reported_at_its_line_and_column_in_the_csv()
    {
        var csv = Countries.Replace(",18743.8,", ",abc,", StringComparison.Ordinal);
        var (line, column) = Find(csv, "abc,");

        var issue = Assert.Single(IssuesWithCountries(csv));

        Assert.Equal(("data/countries.csv", line, column, "data.not-a-number"), (issue.File, issue.Line, issue.Column, issue.Rule));
        Assert.Equal((2, 30), (line, column));
        Assert.Equal("gdp_usd_bn 'abc' is not a number", issue.Message);
    }

    [Fact]
    public void Every_bad_value_of_a_row_is_reported()
    {
        var csv = Countries
            .Replace("RUS,Russian Federation", "Rus,Russian Federation", StringComparison.Ordinal)
            .Replace(",143.534,", ",-1,", StringComparison.Ordinal)
            .Replace(",55.75,37.7,", ",95.75,37.7,", StringComparison.Ordinal)
            .Replace(",37.7,CEPII", ",190,CEPII", StringComparison.Ordinal);

        var issues = IssuesWithCountries(csv);

        Assert.Equal(
            new[] { ("data.iso3", 3, 1), ("data.out-of-range", 3, Find(csv, "-1,").Column), ("data.out-of-range", 3, Find(csv, "95.75").Column), ("data.out-of-range", 3, Find(csv, "190,CEPII").Column) },
            issues.Select(i => (i.Rule, i.Line, i.Column)));
        Assert.Equal("population_m must be > 0, got -1", issues[1].Message);
        Assert.Equal("lat must be >= -90 and <= 90, got 95.75", issues[2].Message);
    }

    [Fact]
    public void A_duplicate_iso3_is_reported_with_the_first_line()
    {
        var lines = Countries.TrimEnd('\n').Split('\n');
        var csv = string.Join('\n', lines.Append(lines[3])) + "\n";

        var issue = Assert.Single(IssuesWithCountries(csv));

        Assert.Equal(("data.duplicate", lines.Length + 1, 1), (issue.Rule, issue.Line, issue.Column));
        Assert.Equal("duplicate iso3 'KAZ' (first on line 4)", issue.Message);
    }

    [Fact]
    public void A_missing_required_column_is_reported_at_line_one()
    {
        var csv = Countries.Replace("population_m,", "pop_m,", StringComparison.Ordinal);

        var issue = Assert.Single(IssuesWithCountries(csv));

        Assert.Equal(("data/countries.csv", 1, 1, "data.missing-column"), (issue.File, issue.Line, issue.Column, issue.Rule));
        Assert.Equal("missing required column 'population_m'", issue.Message);
    }

    [Fact]
    public void A_row_with_too_few_fields_and_a_stray_quote_are_reported_on_their_lines()
    {
        var csv = "iso3,name,sco_status,gdp_usd_bn,population_m,lat,lon,internet_users_pct,fixed_broadband_per100,rcep_member\n"
            + "CHN,China,member,18743.8,1408.975,39.9,116.4,92.0,37.58,true\n"
            + "\n"
            + "RUS,Russia,member,2137.1\n"
            + "KAZ,Kaza\"khstan,member,288.4,20.593,51.17,71.47,,,false\n";

        var issues = IssuesWithCountries(csv);

        Assert.Equal(new[] { ("data.field-count", 4), ("data.syntax", 5) }, issues.Select(i => (i.Rule, i.Line)));
    }

    [Fact]
    public void Optional_country_values_may_be_empty()
    {
        var csv = "iso3,name,sco_status,gdp_usd_bn,population_m,lat,lon,internet_users_pct,fixed_broadband_per100,rcep_member\n"
            + "CHN,China,member,18743.8,1408.975,39.9,116.4,,,\n"
            + "RUS,Russia,member,2137.1,143.5,55.75,37.7,94.4,23.73,false\n";
        using var scenario = new TempScenario(TempScenario.ValidHeader, csv);

        var result = scenario.Load();

        Assert.True(result.IsValid, string.Join('\n', result.Issues));
        var china = result.Scenario!.Definition.Countries[0];
        Assert.Equal((null, null, false), (china.InternetUsersPct, china.FixedBroadbandPer100, china.RcepMember));
        Assert.Equal("member", china.ScoStatus);
        Assert.Single(result.Scenario.Definition.Pairs);
    }

    [Fact]
    public void Bad_pair_flags_and_duplicate_pairs_are_reported_in_the_pairs_file()
    {
        var pairs = "iso3_a,iso3_b,contiguity,common_official_language\nCHN,RUS,1,0\nRUS,CHN,1,0\nCHN,KAZ,2,0\nKAZ,KAZ,0,1\n";
        using var scenario = new TempScenario(TempScenario.ValidHeader, pairsCsv: pairs);

        var issues = scenario.Issues();

        Assert.Equal(
            new[] { ("data/pairs.csv", 3, 1, "data.duplicate"), ("data/pairs.csv", 4, 9, "data.not-a-flag"), ("data/pairs.csv", 5, 5, "data.self-pair") },
            issues.Select(i => (i.File, i.Line, i.Column, i.Rule)));
    }

    [Fact]
    public void Without_a_pairs_file_no_pair_is_contiguous()
    {
        using var scenario = new TempScenario(TempScenario.ValidHeader.Replace("  pairs: data/pairs.csv\n", "", StringComparison.Ordinal));

        var result = scenario.Load();

        Assert.True(result.IsValid, string.Join('\n', result.Issues));
        Assert.Empty(result.Scenario!.Definition.Pairs);
    }

    [Fact]
    public void A_missing_scenario_file_is_one_issue_not_an_exception()
    {
        var issue = Assert.Single(ScenarioLoader.Load("no/such/scenario.yaml").Issues);

        Assert.Equal(("no/such/scenario.yaml", 1, 1, "file.not-found"), (issue.File, issue.Line, issue.Column, issue.Rule));
    }
}
