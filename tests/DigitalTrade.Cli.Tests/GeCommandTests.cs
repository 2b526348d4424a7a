namespace DigitalTrade.Cli.Tests;

public sealed class GeCommandTests
{
    [Theory]
    [InlineData("agtpa-borders", "exact", 69)]
    [InlineData("agtpa-borders", "agtpa", 69)]
    [InlineData("agtpa-borders", "ge_gravity", 69)]
    [InlineData("agtpa-nafta", "exact", 69)]
    [InlineData("agtpa-nafta", "agtpa", 69)]
    [InlineData("agtpa-nafta", "ge_gravity", 69)]
    [InlineData("gegravity-eu", "ge_gravity", 44)]
    [InlineData("gegravity-eu", "exact", 44)]
    public async Task The_shipped_experiments_write_every_output_with_every_solver(string experiment, string solver, int countryCount)
    {
        var work = Dtsim.NewFolder();

        var result = await Dtsim.RunAsync(work, "ge", Dtsim.Scenario($"scenarios/ge/{experiment}.yaml"), "--solver", solver, "--out", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        var countries = File.ReadAllLines(Path.Combine(work, "out", "countries.csv"));
        Assert.Equal("country,exports_cdl_pct,exports_full_pct,price_full_pct,imr_cdl_pct,imr_full_pct,omr_cdl_pct,omr_full_pct,real_gdp_full_pct,welfare_pct", countries[0]);
        Assert.Equal(countryCount, countries.Length - 1);
        Assert.DoesNotContain(countries, l => l.Contains("NaN", StringComparison.Ordinal));
        Assert.StartsWith("term,estimate,std_error", File.ReadLines(Path.Combine(work, "out", "coefficients.csv")).First());
        Assert.Equal((countryCount * countryCount) + 1, File.ReadAllLines(Path.Combine(work, "out", "pairs.csv")).Length);
        Assert.Contains($"\"solver\": \"{solver}\"", File.ReadAllText(Path.Combine(work, "out", "diagnostics.json")));
    }

    [Theory]
    [InlineData("additive")]
    [InlineData("multiplicative")]
    public async Task Ge_gravity_reproduces_the_published_eu_enlargement_example_through_the_cli(string imbalances)
    {
        // The published figures of ge_gravity's example (Stata output and its R port's vignettes), as
        // transcribed in tests/DigitalTrade.Model.Tests/Equilibrium/Fixtures (README.md there says where).
        var work = Dtsim.NewFolder();

        var result = await Dtsim.RunAsync(
            work, "ge", Dtsim.Scenario("scenarios/ge/gegravity-eu.yaml"), "--solver", "ge_gravity", "--imbalances", imbalances, "--out", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        var beta = OutputCsv.Rows(Path.Combine(work, "out", "coefficients.csv")).Single(r => r["stage"] == "first" && r["term"] == "eu_enlargement");
        Assert.Equal(0.224249, OutputCsv.Number(beta["estimate"]), 5e-7);
        var countries = OutputCsv.Rows(Path.Combine(work, "out", "countries.csv")).ToDictionary(r => r["country"]);
        var published = Fixture("eu_enlargement_countries.csv").Where(r => r[1] == imbalances).ToList();
        Assert.NotEmpty(published);
        foreach (var row in published)
        {
            // welfare_pct = (w − 1) × 100; w is printed with seven decimals.
            var w = double.Parse(row[3], System.Globalization.CultureInfo.InvariantCulture);
            var welfare = OutputCsv.Number(countries[row[2]]["welfare_pct"]);
            Assert.True(Math.Abs(welfare - (100 * (w - 1))) <= 100 * 5e-8, $"{row[0]} {imbalances} welfare of {row[2]}: welfare_pct {welfare:R}, published w = {row[3]}");
        }

        var diagnostics = File.ReadAllText(Path.Combine(work, "out", "diagnostics.json"));
        Assert.Contains($"\"closure\": \"{imbalances}:", diagnostics);
        Assert.Contains($"\"imbalances\": \"{imbalances}\"", diagnostics);
        Assert.Contains("\"baseline\": \"observed\"", diagnostics);
    }

    [Fact]
    public async Task The_default_output_folder_names_the_solver_and_for_ge_gravity_the_imbalances()
    {
        var work = Dtsim.NewFolder();

        var result = await Dtsim.RunAsync(work, "ge", Dtsim.Scenario("scenarios/ge/gegravity-eu.yaml"), "--imbalances", "multiplicative");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(work, "results", "ge", "gegravity-eu-ge_gravity-multiplicative", "countries.csv")));
    }

    [Fact]
    public async Task Imbalances_for_another_solver_or_an_unknown_closure_exit_2_and_help_lists_both_options()
    {
        var work = Dtsim.NewFolder();
        var file = Dtsim.Scenario("scenarios/ge/gegravity-eu.yaml");

        var other = await Dtsim.RunAsync(work, "ge", file, "--solver", "exact", "--imbalances", "multiplicative");
        Assert.True(other.ExitCode == 2, other.ToString());
        Assert.Contains("imbalances.solver", other.Stderr);

        var unknown = await Dtsim.RunAsync(work, "ge", file, "--imbalances", "sideways");
        Assert.True(unknown.ExitCode == 2, unknown.ToString());
        Assert.Contains("--imbalances must be additive or multiplicative", unknown.Stdout + unknown.Stderr);

        var help = await Dtsim.RunAsync(work, "ge", "--help");
        Assert.True(help.ExitCode == 0, help.ToString());
        Assert.Contains("--solver", help.Stdout);
        Assert.Contains("ge_gravity", help.Stdout);
        Assert.Contains("--imbalances", help.Stdout);
        Assert.Contains("multiplicative", help.Stdout);
        Assert.False(Directory.Exists(Path.Combine(work, "results")));
    }

    [Theory]
    [InlineData("agtpa-borders", "first,ln_dist", -0.7912879, 0.0501494)]
    [InlineData("agtpa-borders", "first,cntg", 0.6736456, 0.1073719)]
    [InlineData("agtpa-borders", "first,intl_border", -2.47445, 0.1193816)]
    [InlineData("agtpa-nafta", "first,rta", 0.5571853, 0.055771)]
    [InlineData("agtpa-nafta", "second,ln_dist", -0.8475, 0.0347)]
    [InlineData("agtpa-nafta", "second,clny", 0.2394, 0.1147)]
    public async Task The_experiments_report_the_books_published_estimates(string experiment, string term, double estimate, double stdError)
    {
        var work = Dtsim.NewFolder();
        var result = await Dtsim.RunAsync(work, "ge", Dtsim.Scenario($"scenarios/ge/{experiment}.yaml"), "--out", "out");
        Assert.True(result.ExitCode == 0, result.ToString());

        var (stage, name) = (term.Split(',')[0], term.Split(',')[1]);
        var row = File.ReadLines(Path.Combine(work, "out", "coefficients.csv")).Skip(1).Select(l => l.Split(','))
            .Single(f => f[3] == stage && f[0] == name);

        // The book prints 7 significant digits or 4 decimals: agree to half a unit of the last printed digit.
        var digits = Decimals(estimate);
        Assert.Equal(estimate, double.Parse(row[1], System.Globalization.CultureInfo.InvariantCulture), Math.Pow(10, -digits) / 2);
        Assert.Equal(stdError, double.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture), Math.Pow(10, -Decimals(stdError)) / 2);
    }

    [Fact]
    public async Task An_invalid_experiment_exits_2_with_its_problems_located()
    {
        var work = Dtsim.NewFolder();
        var data = Path.Combine(RepositoryPaths.Scenarios, "ge", "data", "agtpa_ch2_trade_1986-2006_4yr.csv").Replace('\\', '/');
        var file = Path.Combine(work, "bad.yaml");
        await File.WriteAllTextAsync(file, $"""
            name: bad
            data: {"{"}file: {data}{"}"}
            sigma: 7
            reference_country: XYZ
            baseline_year: 2006
            estimation: {"{"}fixed_effects: [exporter, importer], covariates: [ln_dist, intl_border]{"}"}
            counterfactual:
              - {"{"}covariate: intl_border, value: 0{"}"}
            """);

        var result = await Dtsim.RunAsync(work, "ge", file, "--solver", "newton");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("--solver must be exact, agtpa or ge_gravity", result.Stdout + result.Stderr);

        var second = await Dtsim.RunAsync(work, "ge", file);
        Assert.True(second.ExitCode == 2, second.ToString());
        Assert.Contains("bad.yaml:4:", second.Stderr);
        Assert.Contains("experiment.reference-absent", second.Stderr);
        Assert.DoesNotContain("   at ", second.Stderr);
    }

    private static List<string[]> Fixture(string file) =>
        [.. File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "tests", "DigitalTrade.Model.Tests", "Equilibrium", "Fixtures", file)).Skip(1).Select(l => l.Split(','))];

    private static int Decimals(double printed)
    {
        var text = printed.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : text.Length - dot - 1;
    }
}
