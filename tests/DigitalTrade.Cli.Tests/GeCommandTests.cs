namespace DigitalTrade.Cli.Tests;

public sealed class GeCommandTests
{
    [Theory]
    [InlineData("agtpa-borders", "exact")]
    [InlineData("agtpa-borders", "agtpa")]
    [InlineData("agtpa-nafta", "exact")]
    [InlineData("agtpa-nafta", "agtpa")]
    public async Task The_shipped_experiments_write_every_output_with_either_solver(string experiment, string solver)
    {
        var work = Dtsim.NewFolder();

        var result = await Dtsim.RunAsync(work, "ge", Dtsim.Scenario($"scenarios/ge/{experiment}.yaml"), "--solver", solver, "--out", "out");

        Assert.True(result.ExitCode == 0, result.ToString());
        var countries = File.ReadAllLines(Path.Combine(work, "out", "countries.csv"));
        Assert.Equal("country,exports_cdl_pct,exports_full_pct,price_full_pct,imr_cdl_pct,imr_full_pct,omr_cdl_pct,omr_full_pct,real_gdp_full_pct", countries[0]);
        Assert.Equal(69, countries.Length - 1);
        Assert.DoesNotContain(countries, l => l.Contains("NaN", StringComparison.Ordinal));
        Assert.StartsWith("term,estimate,std_error", File.ReadLines(Path.Combine(work, "out", "coefficients.csv")).First());
        Assert.Equal(69 * 69 + 1, File.ReadAllLines(Path.Combine(work, "out", "pairs.csv")).Length);
        Assert.Contains($"\"solver\": \"{solver}\"", File.ReadAllText(Path.Combine(work, "out", "diagnostics.json")));
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
        Assert.Contains("--solver must be exact or agtpa", result.Stdout + result.Stderr);

        var second = await Dtsim.RunAsync(work, "ge", file);
        Assert.True(second.ExitCode == 2, second.ToString());
        Assert.Contains("bad.yaml:4:", second.Stderr);
        Assert.Contains("experiment.reference-absent", second.Stderr);
        Assert.DoesNotContain("   at ", second.Stderr);
    }

    private static int Decimals(double printed)
    {
        var text = printed.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : text.Length - dot - 1;
    }
}
