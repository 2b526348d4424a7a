using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.World;

namespace DigitalTrade.Scenarios.Tests;

/// <summary>The two dispute scenarios are a controlled comparison: the same run but for the digital mechanism.</summary>
public class DisputeScenarioTests
{
    private static LoadedScenario Load(string name)
    {
        var result = ScenarioLoader.Load(Path.Combine(RepositoryPaths.Scenarios, name + ".yaml"));
        Assert.True(result.IsValid, string.Join('\n', result.Issues));
        return result.Scenario!;
    }

    [Fact]
    public void The_two_dispute_scenarios_differ_only_in_the_mechanism_their_names_and_output_folders()
    {
        var without = Load("dispute-no-mechanism");
        var with = Load("dispute-digital-mechanism");

        Assert.Null(without.Definition.DisputeMechanism);
        Assert.NotNull(with.Definition.DisputeMechanism);
        Assert.Equal(("results/dispute-no-mechanism", "results/dispute-digital-mechanism"), (without.Outputs.Directory, with.Outputs.Directory));
        Assert.Equal(without.Outputs.Tables.AsEnumerable(), with.Outputs.Tables.AsEnumerable());
        ModelJson.Equal(Blanked(without.Definition), Blanked(with.Definition));
    }

    [Fact]
    public void The_mechanism_joins_the_rcep_parties_on_the_ecommerce_chapter_from_round_1_with_an_expedited_procedure()
    {
        var mechanism = Load("dispute-digital-mechanism").Definition.DisputeMechanism;

        var digital = new DisputeParameters().Digital;
        ModelJson.Equal(
            new DigitalMechanism(
                ["CHN", "KHM", "LAO", "MMR"],
                ["ecommerce.*"],
                1,
                digital with { ConsultationDays = 30, PanelDays = 90, ComplianceDays = 180, AppealProbability = 0.0 }),
            mechanism);
    }

    [Fact]
    public void Both_put_states_under_pressure_bind_data_in_rcep_and_write_the_dispute_tables()
    {
        var scenario = Load("dispute-no-mechanism");
        var definition = scenario.Definition;

        Assert.Equal((20250901UL, 40), (definition.Seed, definition.Rounds));
        Assert.Equal((0.8, 0.8), (definition.Parameters.Policy.ShockSd, definition.Parameters.Policy.Threshold));
        Assert.Equal([Forum.Digital, Forum.Rcep, Forum.Wto, Forum.None], definition.Parameters.Disputes.ForumPreference.AsEnumerable());
        var rcep = definition.Agreements.Single(a => a.Id == "rcep");
        Assert.Equal(
            [(ProvisionCatalog.DataFlows, 0.5), (ProvisionCatalog.ComputingLocation, 0.5)],
            rcep.Provisions.Where(p => p.Depth > 0).Select(p => (p.Name, p.Depth)));
        Assert.All(rcep.Provisions.Where(p => p.Name.StartsWith("ecommerce.", StringComparison.Ordinal)), p => Assert.False(p.DisputeSettlement));
        Assert.Equal(["countries", "country_sectors", "pairs", "world", "events", "disputes", "dispute_stages"], scenario.Outputs.Tables.AsEnumerable());
    }

    /// <summary>The definition with the fields the two files may differ in blanked.</summary>
    private static ScenarioDefinition Blanked(ScenarioDefinition definition) =>
        definition with { Name = "", Description = "", DisputeMechanism = null };
}
