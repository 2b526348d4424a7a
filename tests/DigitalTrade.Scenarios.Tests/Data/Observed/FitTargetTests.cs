namespace DigitalTrade.Scenarios.Tests.Data.Observed;

/// <summary>
/// <c>countries.observed</c> and <c>baseline_year</c>: what a scenario's round 0 is compared with in baseline_fit.csv.
/// </summary>
public sealed class FitTargetTests
{
    private static readonly string Observed = Path.Combine(RepositoryPaths.Data, "observed").Replace('\\', '/');

    [Fact]
    public void A_scenario_naming_observed_data_lists_the_dots_cells_the_totals_and_the_hold_out_among_its_countries()
    {
        using var scenario = new TempScenario(TempScenario.ValidHeader.Replace("  pairs: data/pairs.csv\n", $"  pairs: data/pairs.csv\n  observed: {Observed}\n  include: [CHN, RUS, KAZ]\n", StringComparison.Ordinal));

        var loaded = scenario.Load();

        Assert.True(loaded.IsValid, string.Join('\n', loaded.Issues));
        var targets = loaded.Scenario!.FitTargets;
        Assert.Equal(2024, loaded.Scenario.BaselineYear);
        Assert.Contains(targets, t => (t.Exporter, t.Importer, t.Sector, t.Year, t.Role) == ("CHN", "RUS", "goods", 2019, "calibration"));
        Assert.Contains(targets, t => (t.Exporter, t.Importer, t.Sector, t.Year) == ("CHN", "WLD", "goods", 2024));
        Assert.Contains(targets, t => (t.Exporter, t.Importer, t.Flow, t.Role) == ("CHN", "RUS", "turnover", "hold_out"));
        Assert.All(targets, t => Assert.True(new[] { t.Exporter, t.Importer }.All(c => c is "CHN" or "RUS" or "KAZ" or "WLD"), $"{t.Exporter}-{t.Importer}"));
        Assert.All(targets, t => Assert.True(double.IsNaN(t.ModelUsdBn)));
    }

    [Fact]
    public void Baseline_year_2019_compares_with_2019_totals()
    {
        using var scenario = new TempScenario(TempScenario.ValidHeader.Replace("  pairs: data/pairs.csv\n", $"  pairs: data/pairs.csv\n  observed: {Observed}\n", StringComparison.Ordinal) + "baseline_year: 2019\n");

        var targets = scenario.Load().Scenario!.FitTargets;

        Assert.Contains(targets, t => (t.Exporter, t.Importer, t.Sector, t.Year) == ("CHN", "WLD", "goods", 2019));
        Assert.DoesNotContain(targets, t => t.Importer == "WLD" && t.Sector == "goods" && t.Year == 2024);
    }

    [Fact]
    public void A_year_without_world_totals_and_a_missing_folder_are_errors_at_their_values()
    {
        var issues = TempScenario.IssuesOf(TempScenario.ValidHeader.Replace("  pairs: data/pairs.csv\n", "  pairs: data/pairs.csv\n  observed: data/nowhere\n", StringComparison.Ordinal) + "baseline_year: 2021\n");

        IssueAssertions.Has(issues, "schema.enum", 9, 16);
        IssueAssertions.Has(issues, "data.not-found", 8, 13);
    }

    [Fact]
    public void Without_observed_data_there_is_nothing_to_compare()
    {
        using var scenario = new TempScenario(TempScenario.ValidHeader);

        Assert.Empty(scenario.Load().Scenario!.FitTargets);
    }
}
