using DigitalTrade.Model.World;
using DigitalTrade.Model.Parameters;

namespace DigitalTrade.Scenarios.Tests;

public class OverrideTests
{
    private static readonly string Shocks = Path.Combine(RepositoryPaths.Scenarios, "examples", "shocks.yaml");

    private static LoadedScenario LoadValid(params string[] overrides)
    {
        var result = ScenarioLoader.Load(Shocks, overrides);
        Assert.True(result.IsValid, string.Join('\n', result.Issues));
        return result.Scenario!;
    }

    [Fact]
    public void Top_level_keys_are_overridden_by_their_name()
    {
        var definition = LoadValid("rounds=12", "seed=99", "name=variant-1").Definition;

        Assert.Equal((12, 99UL, "variant-1"), (definition.Rounds, definition.Seed, definition.Name));
    }

    [Fact]
    public void The_equilibrium_keys_reach_the_model()
    {
        var parameters = LoadValid("equilibrium.imbalances=multiplicative", "equilibrium.ecommerce_share=0.1", "theta.other_services=6").Definition.Parameters;

        Assert.Equal(Model.Equilibrium.ImbalanceClosure.Multiplicative, parameters.Equilibrium.Imbalances);
        Assert.Equal(0.1, parameters.Equilibrium.EcommerceShare);
        Assert.Equal(6, parameters.Theta.OtherServices);
    }

    [Fact]
    public void Other_keys_are_taken_under_parameters()
    {
        var parameters = LoadValid("theta.goods=5", "parameters.growth.annual_rate_by_country.RUS=0.01", "solver.max_iterations=500").Definition.Parameters;

        Assert.Equal(5, parameters.Theta.Goods);
        Assert.Equal(5, parameters.Theta[Sector.Ecommerce]);
        Assert.Equal(4, parameters.Theta.Digital);
        Assert.Equal(0.01, parameters.Growth.AnnualRateByCountry["RUS"]);
        Assert.Equal(0.045, parameters.Growth.AnnualRateByCountry["CHN"]);
        Assert.Equal(500, parameters.Solver.MaxIterations);
    }

    [Fact]
    public void List_items_are_addressed_by_index_and_values_may_be_flow_lists()
    {
        var definition = LoadValid("events.1.factor=0.5", "countries.include=[CHN, KAZ, KGZ, RUS]").Definition;

        Assert.Equal(0.5, definition.Events[1] is DigitalTrade.Model.Events.TradeCostChange change ? change.Factor : 0);
        Assert.Equal(["CHN", "KAZ", "KGZ", "RUS"], definition.Countries.Select(c => c.Iso3));
    }

    [Fact]
    public void An_invalid_override_value_is_reported_at_its_column_in_the_override()
    {
        var issue = Assert.Single(ScenarioLoader.Load(Shocks, ["seed=1", "rounds=-1"]).Issues);

        Assert.Equal("--set:2:8: error [schema.minimum]: rounds must be >= 0, got -1", issue.ToString());
    }

    [Fact]
    public void An_override_without_an_equals_sign_is_a_syntax_error()
    {
        var issue = Assert.Single(ScenarioLoader.Load(Shocks, ["abc"]).Issues);

        Assert.Equal(("--set", 1, 1, "set.syntax"), (issue.File, issue.Line, issue.Column, issue.Rule));
    }

    [Fact]
    public void A_misspelt_override_key_is_an_unknown_key_with_a_suggestion()
    {
        var issue = Assert.Single(ScenarioLoader.Load(Shocks, ["theta.gods=5"]).Issues);

        Assert.Equal("--set:1:7: error [schema.unknown-key]: unknown key 'gods' in parameters.theta (did you mean 'goods'?)", issue.ToString());
    }

    [Fact]
    public void An_override_path_through_a_single_value_or_past_a_list_is_reported()
    {
        var issues = ScenarioLoader.Load(Shocks, ["rounds.x=1", "events.5.factor=1"]).Issues;

        Assert.Equal(new[] { ("set.path", 1, 8), ("set.path", 2, 8) }, issues.Select(i => (i.Rule, i.Line, i.Column)));
    }

    [Fact]
    public void A_non_finite_override_is_reported_once()
    {
        var issue = Assert.Single(ScenarioLoader.Load(Shocks, ["theta.goods=.inf"]).Issues);

        Assert.Equal(("--set", 1, 13, "value.not-finite"), (issue.File, issue.Line, issue.Column, issue.Rule));
    }

    [Fact]
    public void Issues_of_the_file_and_of_overrides_are_reported_together()
    {
        using var scenario = new TempScenario(TempScenario.ValidHeader.Replace("rounds: 8", "rounds: -8", StringComparison.Ordinal));

        var issues = scenario.Issues("seed=-1");

        Assert.Equal(new[] { ("--set", 1, 6), ("scenario.yaml", 3, 9) }, issues.Select(i => (i.File, i.Line, i.Column)));
    }

    [Fact]
    public void New_parameters_are_overridden_by_their_snake_case_paths()
    {
        var parameters = LoadValid(
            "digital_costs.latency.digital=-0.3",
            "digital_costs.regime_similarity.open=0.4",
            "digital_costs.digital_weights.data_flows=0.5",
            "latency.hop_delay_ms=2.5",
            "parameters.latency.submarine_route_factor=1.8",
            "readiness.floor=0.1",
            "policy.step=0.04",
            "growth.income_feedback=0.2").Definition.Parameters;

        Assert.Equal(new SectorValues(0.0, -0.1, -0.3), parameters.DigitalCosts.Latency);
        Assert.Equal(0.4, parameters.DigitalCosts.RegimeSimilarity.Open);
        Assert.Equal(0.5, parameters.DigitalCosts.DigitalWeights.DataFlows);
        Assert.Equal((2.5, 1.8), (parameters.Latency.HopDelayMs, parameters.Latency.SubmarineRouteFactor));
        Assert.Equal((0.1, 0.04, 0.2), (parameters.Readiness.Floor, parameters.Policy.Step, parameters.Growth.IncomeFeedback));
    }

    [Fact]
    public void New_top_level_keys_are_overridden_by_their_name_not_taken_under_parameters()
    {
        var cooperation = Path.Combine(RepositoryPaths.Scenarios, "examples", "cooperation.yaml");
        var result = ScenarioLoader.Load(
            cooperation,
            ["moratorium_in_force=false", "barriers.defaults.restrictiveness=0.3", "agreements.2.in_force_round=6", "barriers.countries.KAZ.goods_tariff=0.01"]);

        Assert.True(result.IsValid, string.Join('\n', result.Issues));
        var definition = result.Scenario!.Definition;
        Assert.False(definition.MoratoriumInForce);
        Assert.Equal([0.3, 0.3, 0.3, 0.3, 0.3], definition.Setups.Single(s => s.Iso3 == "KGZ").Levels.Take(5));
        Assert.Equal(0.01, definition.Setups.Single(s => s.Iso3 == "KAZ").Levels[5]);
        Assert.All(definition.Agreements[2].Members, m => Assert.Equal(6, m.JoinRound));
    }

    [Fact]
    public void An_override_of_a_new_parameter_out_of_its_bounds_is_reported_at_the_override()
    {
        var issues = ScenarioLoader.Load(Shocks, ["policy.step=0", "digital_costs.ecommerce_weights.other=-1"]).Issues;

        Assert.Equal(
            ["--set:1:13: error [schema.minimum]: parameters.policy.step must be > 0, got 0",
             "--set:2:39: error [schema.minimum]: parameters.digital_costs.ecommerce_weights.other must be >= 0, got -1"],
            issues.Select(i => i.ToString()));
    }
}
