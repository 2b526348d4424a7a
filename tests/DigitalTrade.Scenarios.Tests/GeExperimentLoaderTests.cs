using DigitalTrade.Model.Experiments;
using DigitalTrade.Scenarios.Experiments;

namespace DigitalTrade.Scenarios.Tests;

public sealed class GeExperimentLoaderTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dtsim-ge-").FullName;

    [Fact]
    public void The_shipped_borders_experiment_loads_with_the_2006_cross_section()
    {
        var result = GeExperimentLoader.Load(Path.Combine(RepositoryPaths.Scenarios, "ge", "agtpa-borders.yaml"));

        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        var experiment = result.Experiment!.Experiment;
        Assert.Equal(7.0, experiment.Sigma);
        Assert.Equal("DEU", experiment.ReferenceCountry);
        Assert.Equal<FixedEffectKind>([FixedEffectKind.Exporter, FixedEffectKind.Importer], experiment.Estimation.FixedEffects);
        Assert.Equal(6 * 69 * 69, result.Experiment.Panel.Count);
        Assert.Equal(69, result.Experiment.Panel.Countries().Length);
    }

    [Fact]
    public void The_shipped_nafta_experiment_loads_with_its_second_stage_and_counterfactual()
    {
        var result = GeExperimentLoader.Load(Path.Combine(RepositoryPaths.Scenarios, "ge", "agtpa-nafta.yaml"), solver: "agtpa");

        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        var experiment = result.Experiment!.Experiment;
        Assert.Equal(GeSolver.Agtpa, experiment.Solver);
        Assert.Null(experiment.Estimation.Cluster);
        Assert.Equal(ClusterKind.Pair, experiment.SecondStage!.Cluster);
        Assert.Equal<string>(["ln_dist", "cntg", "lang", "clny"], experiment.SecondStage!.Covariates);
        var change = Assert.Single(experiment.Counterfactual);
        Assert.True(change.Covers("CAN", "USA"));
        Assert.False(change.Covers("CAN", "DEU"));
        Assert.False(change.Covers("USA", "USA"));
    }

    [Fact]
    public void Every_problem_of_an_experiment_is_reported_with_its_line_and_rule()
    {
        var csv = Write("flows.csv", "exporter,importer,year,trade,pair_id,dist\nAAA,AAA,2000,5,1,10\nAAA,BBB,2000,-1,2,20\nBBB,AAA,2000,abc,2,20\nBBB,BBB,2000,7,3,10\n");
        var file = Write("bad.yaml", """
            name: bad
            data: {file: flows.csv}
            sigma: 7
            reference_country: DEU
            baseline_year: 2000
            estimation: {fixed_effects: [exporter, importer], covariates: [ln_dist, intl_border]}
            counterfactual:
              - {covariate: intl_border, value: 0}
            """);
        var badData = GeExperimentLoader.Load(file);

        Assert.Contains(badData.Issues, i => i.File.EndsWith("flows.csv", StringComparison.Ordinal) && i.Line == 3 && i.Column == 14 && i.Rule == "data.out-of-range");
        Assert.Contains(badData.Issues, i => i.File.EndsWith("flows.csv", StringComparison.Ordinal) && i.Line == 4 && i.Rule == "data.not-a-number");

        File.WriteAllText(csv, "exporter,importer,year,trade,pair_id,dist\nAAA,AAA,2000,5,1,10\nAAA,BBB,2000,1,2,20\nBBB,AAA,2000,2,2,20\nBBB,BBB,2000,7,3,10\n");
        var semantic = GeExperimentLoader.Load(file);

        var reference = Assert.Single(semantic.Issues);
        Assert.Equal(("experiment.reference-absent", 4), (reference.Rule, reference.Line));
    }

    [Fact]
    public void The_shape_rules_name_the_key_that_breaks_them()
    {
        Write("flows.csv", "exporter,importer,year,trade,pair_id\nAAA,AAA,2000,5,1\n");
        var file = Write("shape.yaml", """
            name: shape
            data: {file: flows.csv}
            sigma: 7
            theta: 6
            reference_country: AAA
            baseline_year: 2000
            estimation: {fixed_effects: [exporter, importer], covariates: [intl_border]}
            counterfactual:
              - {covariate: rta, value: 0, from_year: 1994}
            solvr: exact
            """);

        var result = GeExperimentLoader.Load(file, solver: "newton");

        Assert.Contains(result.Issues, i => i.Rule == "schema.unknown-key" && i.Line == 10);
        Assert.Contains(result.Issues, i => i.Rule == "solver.unknown" && i.File == "--solver");
    }

    [Fact]
    public void An_unknown_covariate_or_country_in_the_counterfactual_is_an_error()
    {
        Write("flows.csv", "exporter,importer,year,trade,pair_id\nAAA,AAA,2000,5,1\nAAA,BBB,2000,1,2\nBBB,AAA,2000,2,2\nBBB,BBB,2000,7,3\n");
        var file = Write("cf.yaml", """
            name: cf
            data: {file: flows.csv}
            theta: 4
            reference_country: AAA
            baseline_year: 2000
            estimation: {fixed_effects: [exporter, importer], covariates: [intl_border]}
            counterfactual:
              - {covariate: rta, value: 0}
              - {covariate: intl_border, value: 0, among: [AAA, ZZZ]}
            """);

        var result = GeExperimentLoader.Load(file);

        Assert.Contains(result.Issues, i => i.Rule == "experiment.unknown-covariate" && i.Line == 8);
        Assert.Equal(2, result.Issues.Length);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
