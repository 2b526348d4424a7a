namespace DigitalTrade.Scenarios.Tests;

public class ParseTests
{
    private static string Yaml(string countriesFile) => $"""
        name: posted
        seed: 1
        rounds: 2
        round_days: 91
        countries:
          file: {countriesFile}
        """;

    [Fact]
    public void Parse_loads_text_with_data_paths_under_the_data_root()
    {
        var text = Yaml("data/countries.csv");

        var result = ScenarioLoader.Parse(text, "posted.yaml", RepositoryPaths.Scenarios);

        Assert.True(result.IsValid, string.Join('\n', result.Issues));
        Assert.Equal(27, result.Scenario!.Definition.Countries.Length);
        Assert.Equal("posted.yaml", result.Scenario.SourcePath);
        var expectedHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        Assert.Equal(expectedHash, result.Scenario.Sha256);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("data/../../Simulation.sln")]
    [InlineData("/etc/passwd")]
    public void Parse_rejects_a_data_path_that_leaves_the_data_root(string path)
    {
        var issue = Assert.Single(ScenarioLoader.Parse(Yaml(path), "posted.yaml", RepositoryPaths.Scenarios).Issues);

        Assert.Equal(("posted.yaml", 6, 9, "data.path-outside-root"), (issue.File, issue.Line, issue.Column, issue.Rule));
        Assert.DoesNotContain(RepositoryPaths.Root, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_reports_a_missing_file_by_the_path_as_written()
    {
        var issue = Assert.Single(ScenarioLoader.Parse(Yaml("data/nothing.csv"), "posted.yaml", RepositoryPaths.Scenarios).Issues);

        Assert.Equal("posted.yaml:6:9: error [data.not-found]: data file 'data/nothing.csv' not found", issue.ToString());
    }

    [Fact]
    public void Parse_never_throws_on_garbage()
    {
        var result = ScenarioLoader.Parse("{{{: ]", "posted.yaml", RepositoryPaths.Scenarios);

        Assert.False(result.IsValid);
        Assert.Contains(result.Issues, i => i.Rule == "yaml.syntax" && i.File == "posted.yaml");
    }
}
