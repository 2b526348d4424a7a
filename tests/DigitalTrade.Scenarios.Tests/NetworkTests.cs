using DigitalTrade.Model.Infrastructure;

namespace DigitalTrade.Scenarios.Tests;

public class NetworkTests
{
    private static readonly string WithLinks = TempScenario.ValidHeader + "network:\n  links: data/links.csv\n";

    [Fact]
    public void Links_are_kept_between_included_countries_only()
    {
        using var scenario = new TempScenario(WithLinks.Replace("  pairs: data/pairs.csv", "  include: [CHN, KAZ, KGZ]", StringComparison.Ordinal));
        scenario.WriteText("data/links.csv", "from,to,kind,name\nKAZ,CHN,terrestrial,Khorgos\nKGZ,UZB,terrestrial,Osh\nCHN,KGZ,terrestrial,Irkeshtam\n");

        var result = scenario.Load();

        Assert.True(result.IsValid, string.Join('\n', result.Issues));
        Assert.Equal<NetworkLink>(
            [NetworkLink.Create("CHN", "KAZ", LinkKind.Terrestrial, "Khorgos"), NetworkLink.Create("CHN", "KGZ", LinkKind.Terrestrial, "Irkeshtam")],
            result.Scenario!.Definition.Links);
    }

    [Fact]
    public void A_link_naming_a_code_absent_from_the_countries_file_is_reported_at_its_cell()
    {
        using var scenario = new TempScenario(WithLinks);
        scenario.WriteText(
            "data/links.csv",
            "from,to,kind,name,status\nCHN,KAZ,terrestrial,Khorgos,\nKAZ,XYZ,terrestrial,Nowhere,in_service\nABC,CHN,terrestrial,Planned,planned\n");

        var issue = Assert.Single(scenario.Issues());

        Assert.Equal("data/links.csv:3:5: error [data.unknown-country]: to 'XYZ' is not a country of data/countries.csv", issue.ToString());
    }

    [Fact]
    public void A_missing_links_file_is_reported_at_its_path_and_the_links_rules_are_not_run()
    {
        var issues = TempScenario.IssuesOf(WithLinks + """
            events:
              - {round: 1, kind: link_upgrade, from: CHN, to: KAZ, latency_factor: 0.5}
            """);

        var issue = IssueAssertions.Single(issues, "data.not-found", 9, 10);
        Assert.Equal("data file 'data/links.csv' not found", issue.Message);
    }

    [Fact]
    public void The_links_file_may_be_set_from_the_command_line()
    {
        using var scenario = new TempScenario(TempScenario.ValidHeader);
        scenario.WriteText("data/links.csv", "from,to,kind\nCHN,KAZ,terrestrial\n");

        var result = scenario.Load("network.links=data/links.csv", "moratorium_in_force=true");

        Assert.True(result.IsValid, string.Join('\n', result.Issues));
        Assert.Equal(("CHN", "KAZ"), (Assert.Single(result.Scenario!.Definition.Links).From, result.Scenario.Definition.Links[0].To));
        Assert.True(result.Scenario.Definition.MoratoriumInForce);
    }
}
