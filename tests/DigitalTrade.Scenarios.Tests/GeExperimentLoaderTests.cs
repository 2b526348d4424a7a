using DigitalTrade.Model.Equilibrium;
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

    [Fact]
    public void The_shipped_ge_gravity_experiment_loads_with_directed_pairs_observed_flows_and_derived_pair_ids()
    {
        var result = GeExperimentLoader.Load(Path.Combine(RepositoryPaths.Scenarios, "ge", "gegravity-eu.yaml"));

        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        var experiment = result.Experiment!.Experiment;
        Assert.Equal((GeSolver.GeGravity, ImbalanceClosure.Additive, GeBaseline.Observed), (experiment.Solver, experiment.Imbalances, experiment.Baseline));
        Assert.Equal(4.0, experiment.Theta);
        Assert.Equal<FixedEffectKind>([FixedEffectKind.ExporterYear, FixedEffectKind.ImporterYear, FixedEffectKind.DirectedPair], experiment.Estimation.FixedEffects);
        Assert.Equal((true, ClusterKind.DirectedPair), (experiment.Estimation.InternationalOnly, experiment.Estimation.Cluster));
        var change = Assert.Single(experiment.Counterfactual);
        Assert.Equal(("eu_enlargement", (int?)2014, (double?)null), (change.Covariate, change.FromYear, change.Value));

        // The file has no pair id column: ij and ji share a derived id, and every domestic pair has its own.
        var panel = result.Experiment.Panel;
        Assert.Equal(4 * 44 * 44, panel.Count);
        Assert.Equal(44 * 45 / 2, panel.PairId.Distinct().Count());
        int Id(string exporter, string importer) => panel.PairId[Enumerable.Range(0, panel.Count).First(o => panel.Exporter[o] == exporter && panel.Importer[o] == importer)];
        Assert.Equal(Id("AUT", "POL"), Id("POL", "AUT"));
        Assert.NotEqual(Id("AUT", "AUT"), Id("POL", "POL"));
    }

    [Fact]
    public void The_imbalances_option_replaces_the_files_choice_and_applies_to_ge_gravity_only()
    {
        var path = Path.Combine(RepositoryPaths.Scenarios, "ge", "gegravity-eu.yaml");

        var multiplicative = GeExperimentLoader.Load(path, imbalances: "multiplicative");
        Assert.True(multiplicative.IsValid, string.Join("\n", multiplicative.Issues));
        Assert.Equal(ImbalanceClosure.Multiplicative, multiplicative.Experiment!.Experiment.Imbalances);

        var exact = GeExperimentLoader.Load(path, solver: "exact");
        Assert.True(exact.IsValid, string.Join("\n", exact.Issues));
        Assert.Equal(GeSolver.Exact, exact.Experiment!.Experiment.Solver);

        var wrongSolver = Assert.Single(GeExperimentLoader.Load(path, solver: "exact", imbalances: "multiplicative").Issues);
        Assert.Equal(("--imbalances", "imbalances.solver"), (wrongSolver.File, wrongSolver.Rule));
        Assert.Contains(GeExperimentLoader.Load(path, imbalances: "sideways").Issues, i => i.File == "--imbalances" && i.Rule == "imbalances.unknown");

        var agtpa = Assert.Single(GeExperimentLoader.Load(path, solver: "agtpa").Issues);
        Assert.Equal(("experiment.agtpa-baseline", 19), (agtpa.Rule, agtpa.Line));
    }

    [Fact]
    public void The_pair_baseline_and_imbalance_rules_name_the_line_that_breaks_them()
    {
        Write("flows.csv", "exporter,importer,year,trade,rta\nAAA,AAA,2000,5,0\nAAA,BBB,2000,1,1\nBBB,AAA,2000,2,1\nBBB,BBB,2000,7,0\n");
        var file = Write("rules.yaml", """
            name: rules
            data: {file: flows.csv}
            theta: 4
            reference_country: AAA
            baseline_year: 2000
            estimation:
              fixed_effects: [exporter_year, importer_year, pair, directed_pair]
              covariates: [rta]
              international_only: true
            counterfactual:
              - {covariate: rta, value: 0}
            solver: exact
            imbalances: multiplicative
            """);

        var result = GeExperimentLoader.Load(file);

        Assert.Contains(result.Issues, i => i.Rule == "experiment.pair-effects" && i.Line == 7);
        Assert.Contains(result.Issues, i => i.Rule == "experiment.fitted-baseline" && i.Line == 9);
        Assert.Contains(result.Issues, i => i.Rule == "experiment.imbalances" && i.Line == 13);
        Assert.Equal(3, result.Issues.Length);

        File.WriteAllText(file, File.ReadAllText(file).Replace("imbalances: multiplicative", "imbalances: sideways", StringComparison.Ordinal));
        Assert.Contains(GeExperimentLoader.Load(file).Issues, i => i.Rule.StartsWith("schema.", StringComparison.Ordinal) && i.Line == 13);
    }

    [Fact]
    public void A_named_pair_id_column_that_the_data_lacks_is_an_error_in_the_data_file()
    {
        Write("flows.csv", "exporter,importer,year,trade\nAAA,AAA,2000,5\nAAA,BBB,2000,1\nBBB,AAA,2000,2\nBBB,BBB,2000,7\n");
        var file = Write("named.yaml", """
            name: named
            data: {file: flows.csv, columns: {pair_id: pair}}
            sigma: 5
            reference_country: AAA
            baseline_year: 2000
            estimation: {fixed_effects: [exporter, importer], covariates: [intl_border]}
            counterfactual:
              - {covariate: intl_border, value: 0}
            """);

        var issue = Assert.Single(GeExperimentLoader.Load(file).Issues);
        Assert.Contains("pair", issue.Message, StringComparison.Ordinal);

        File.WriteAllText(file, File.ReadAllText(file).Replace(", columns: {pair_id: pair}", "", StringComparison.Ordinal));
        var derived = GeExperimentLoader.Load(file);
        Assert.True(derived.IsValid, string.Join("\n", derived.Issues));
        Assert.Equal<int>([1, 2, 2, 3], derived.Experiment!.Panel.PairId);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
