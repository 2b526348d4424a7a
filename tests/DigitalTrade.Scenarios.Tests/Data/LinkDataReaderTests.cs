using System.Collections.Immutable;
using DigitalTrade.Model.Infrastructure;
using DigitalTrade.Scenarios.Data;

namespace DigitalTrade.Scenarios.Tests.Data;

public sealed class LinkDataReaderTests
{
    private const string DisplayPath = "data/links.csv";

    private static readonly SourcePosition ReferencedAt = new("scenario.yaml", 9, 10);

    /// <summary>Reads a links file written to a temporary path, shown as data/links.csv.</summary>
    private static (ImmutableArray<NetworkLink>? Links, ImmutableArray<ScenarioIssue> Issues) Read(string csv)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, csv.ReplaceLineEndings("\n"));
            var issues = new List<ScenarioIssue>();
            var links = LinkDataReader.Read(path, DisplayPath, ReferencedAt, issues);
            return (links, [.. issues]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_shipped_sco_links_file_reads_without_issues_with_the_cpec_cable_and_without_the_backup_junction()
    {
        var issues = new List<ScenarioIssue>();

        var links = LinkDataReader.Read(Path.Combine(RepositoryPaths.Data, "sco-links.csv"), "data/sco-links.csv", ReferencedAt, issues);

        Assert.True(issues.Count == 0, string.Join('\n', issues));
        Assert.NotNull(links);
        Assert.Equal(107, links.Value.Length); // 108 rows, one of them a backup link
        Assert.Contains(links.Value, l => (l.From, l.To, l.Kind) == ("CHN", "PAK", LinkKind.Terrestrial)); // CPEC, in service since 2018
        Assert.DoesNotContain(links.Value, l => (l.From, l.To) == ("CHN", "KGZ")); // Irkeshtam: Kyrgyzstan's backup channel
        Assert.DoesNotContain(links.Value, l => l.From == "ARM" || l.To == "ARM");
        Assert.All(links.Value, l => Assert.Equal((null, null, null, 1.0), (l.LengthKm, l.RouteFactor, l.CapacityTbps, l.LatencyFactor)));
        Assert.Equal<NetworkLink>([.. links.Value.Sort(NetworkLink.CanonicalOrder)], links.Value);
    }

    [Fact]
    public void A_bad_kind_is_reported_at_its_file_line_and_column()
    {
        var (links, issues) = Read("from,to,kind,name\nCHN,KAZ,terrestrial,Khorgos\nKAZ,RUS,fibre,DREAM\n");

        var issue = IssueAssertions.Single(issues, "data.link-kind", 3, 9);
        Assert.Equal("data/links.csv:3:9: error [data.link-kind]: kind must be terrestrial or submarine, got 'fibre'", issue.ToString());
        Assert.Equal<NetworkLink>([NetworkLink.Create("CHN", "KAZ", LinkKind.Terrestrial, "Khorgos")], links!.Value);
    }

    [Fact]
    public void Planned_uncertain_and_backup_rows_are_skipped_without_checking_them()
    {
        var csv = "from,to,kind,name,status\n"
            + "CHN,PAK,terrestrial,CPEC,planned\n"
            + "AFG,CHN,cable,Wakhan,uncertain\n"
            + "CHN,TJK,terrestrial,Kulma,backup\n"
            + "CHN,KGZ,terrestrial,Irkeshtam,in_service\n"
            + "KAZ,KGZ,terrestrial,,\n";

        var (links, issues) = Read(csv);

        Assert.Empty(issues);
        Assert.Equal(
            new[] { ("CHN", "KGZ", "Irkeshtam"), ("KAZ", "KGZ", "") },
            links!.Value.Select(l => (l.From, l.To, l.Name)));
    }

    [Fact]
    public void A_route_factor_below_one_is_reported_at_its_cell()
    {
        var (links, issues) = Read("from,to,kind,route_factor\nCHN,KGZ,terrestrial,0.8\n");

        var issue = IssueAssertions.Single(issues, "data.out-of-range", 2, 21);
        Assert.Contains("at least the great circle", issue.Message, StringComparison.Ordinal);
        Assert.Empty(links!.Value);
    }

    [Fact]
    public void An_unknown_status_is_reported_and_its_row_skipped()
    {
        var (links, issues) = Read("from,to,kind,status\nCHN,KGZ,terrestrial,in service\n");

        IssueAssertions.Single(issues, "data.link-status", 2, 21);
        Assert.Empty(links!.Value);
    }

    [Fact]
    public void Only_from_to_and_kind_are_required_and_codes_are_put_in_order()
    {
        var (links, issues) = Read("kind,to,from\nsubmarine,IND,ARE\nterrestrial,CHN,RUS\n");

        Assert.Empty(issues);
        Assert.Equal<NetworkLink>(
            [
                new NetworkLink("ARE", "IND", LinkKind.Submarine, "", null, null, null, 1.0),
                new NetworkLink("CHN", "RUS", LinkKind.Terrestrial, "", null, null, null, 1.0),
            ],
            links!.Value);
    }

    [Fact]
    public void Route_numbers_are_read_when_given()
    {
        var (links, issues) = Read("from,to,kind,name,length_km,route_factor,capacity_tbps\nCHN,KGZ,terrestrial,Irkeshtam,1800,,48\nKGZ,UZB,terrestrial,Osh,,1.3,\n");

        Assert.Empty(issues);
        Assert.Equal(
            new (double?, double?, double?)[] { (1800.0, null, 48.0), (null, 1.3, null) },
            links!.Value.Select(l => (l.LengthKm, l.RouteFactor, l.CapacityTbps)));
    }

    [Fact]
    public void Self_links_non_positive_numbers_and_duplicates_are_reported_at_their_cells()
    {
        var csv = "from,to,kind,name,length_km,route_factor,capacity_tbps\n"
            + "CHN,CHN,terrestrial,loop,,,\n"
            + "CHN,KGZ,terrestrial,a,0,-1.5,x\n"
            + "CHN,KGZ,terrestrial,b,,,\n"
            + "KGZ,CHN,terrestrial,b,,,\n"
            + "CHN,KGZ,submarine,b,,,\n";

        var (links, issues) = Read(csv);

        Assert.Equal(
            new[]
            {
                ("data.self-link", 2, 5),
                ("data.not-positive", 3, 23),
                ("data.not-positive", 3, 25),
                ("data.not-a-number", 3, 30),
                ("data.duplicate", 5, 1),
            },
            issues.Select(i => (i.Rule, i.Line, i.Column)));
        Assert.Equal("length_km must be > 0, got 0", issues[1].Message);
        Assert.Equal("duplicate terrestrial link CHN-KGZ 'b' (first on line 4)", issues[4].Message);
        Assert.Equal(new[] { LinkKind.Terrestrial, LinkKind.Submarine }, links!.Value.Select(l => l.Kind));
    }

    [Fact]
    public void Country_codes_outside_the_scenario_are_kept_for_the_mapper_but_must_look_like_codes()
    {
        var (links, issues) = Read("from,to,kind\nZZZ,CHN,terrestrial\nchn,KGZ,terrestrial\n");

        IssueAssertions.Single(issues, "data.iso3", 3, 1);
        Assert.Equal(("CHN", "ZZZ"), (Assert.Single(links!.Value).From, links.Value[0].To));
    }

    [Fact]
    public void A_file_without_a_required_column_is_not_read()
    {
        var (links, issues) = Read("from,to,name\nCHN,KGZ,Irkeshtam\n");

        Assert.Null(links);
        Assert.Equal("missing required column 'kind'", IssueAssertions.Single(issues, "data.missing-column", 1, 1).Message);
    }
}
