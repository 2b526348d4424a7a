using DigitalTrade.Model.Events;
using DigitalTrade.Model.World;

namespace DigitalTrade.Scenarios.Tests;

public class ExampleScenarioTests
{
    [Fact]
    public void The_shocks_example_loads_its_included_countries_and_one_event_of_each_kind()
    {
        var result = ScenarioLoader.Load(Path.Combine(RepositoryPaths.Scenarios, "examples", "shocks.yaml"));

        Assert.True(result.IsValid, string.Join('\n', result.Issues));
        var definition = result.Scenario!.Definition;
        Assert.Equal(["CHN", "KAZ", "KGZ", "RUS", "TJK", "UZB"], definition.Countries.Select(c => c.Iso3));
        Assert.Equal(15, definition.Pairs.Length);
        Assert.Equal(8, definition.Rounds);
        Assert.Equal(new EndowmentShock(2, "RUS", Sector.Goods, 0.95), definition.Events[0]);
        var change = Assert.IsType<TradeCostChange>(definition.Events[1]);
        Assert.Equal((4, 0.9), (change.Round, change.Factor));
        Assert.Equal(["KAZ", "KGZ"], change.Importers.AsEnumerable());
        Assert.Equal(["CHN"], change.Exporters.AsEnumerable());
        Assert.Equal([Sector.Ecommerce], change.Sectors.AsEnumerable());
        Assert.Equal(["countries", "world", "events"], result.Scenario.Outputs.Tables.AsEnumerable());
    }

    [Fact]
    public void Absent_event_lists_and_sector_map_to_empty_arrays_and_null()
    {
        var result = TempScenarioResult(TempScenario.ValidHeader + """
            events:
              - {round: 3, kind: trade_cost_change, factor: 0.8}
              - {round: 1, kind: endowment_shock, country: CHN, factor: 1.1}
              - {round: 1, kind: endowment_shock, country: RUS, factor: 0.9}
            """);

        var events = result.Scenario!.Definition.Events;
        Assert.Equal(["CHN", "RUS"], events.Take(2).Cast<EndowmentShock>().Select(e => e.Country)); // round order, file order within a round
        Assert.Null(((EndowmentShock)events[0]).Sector);
        var change = Assert.IsType<TradeCostChange>(events[2]);
        Assert.True(change.Importers.IsEmpty && change.Exporters.IsEmpty && change.Sectors.IsEmpty);
        Assert.False(change.Importers.IsDefault);
    }

    [Fact]
    public void Include_keeps_a_subset_in_ordinal_order_with_only_its_pairs()
    {
        var result = TempScenarioResult(TempScenario.ValidHeader.Replace(
            "  pairs: data/pairs.csv", "  pairs: data/pairs.csv\n  include: [RUS, BLR, CHN]", StringComparison.Ordinal));

        var definition = result.Scenario!.Definition;
        Assert.Equal(["BLR", "CHN", "RUS"], definition.Countries.Select(c => c.Iso3));
        Assert.Equal([("BLR", "CHN"), ("BLR", "RUS"), ("CHN", "RUS")], definition.Pairs.Select(p => (p.Iso3A, p.Iso3B)));
        Assert.Equal("CHN", definition.Parameters.ReferenceCountry);
    }

    [Fact]
    public void Without_china_the_reference_country_defaults_to_the_first_included_country()
    {
        var result = TempScenarioResult(TempScenario.ValidHeader.Replace(
            "  pairs: data/pairs.csv", "  include: [RUS, KAZ]", StringComparison.Ordinal));

        Assert.Equal("KAZ", result.Scenario!.Definition.Parameters.ReferenceCountry);
    }

    [Fact]
    public void Parameters_not_given_keep_their_documented_defaults()
    {
        var result = TempScenarioResult(TempScenario.ValidHeader + """
            parameters:
              latency: {terrestrial_route_factor: 1.2}
              trade_costs: {border: -2}
            """);

        var parameters = result.Scenario!.Definition.Parameters;
        Assert.Equal((1.2, 204.0), (parameters.Latency.TerrestrialRouteFactor, parameters.Latency.FibreKmPerMs));
        Assert.Equal((-2.0, -0.85, 182.2), (parameters.TradeCosts.Border, parameters.TradeCosts.Distance, parameters.TradeCosts.ReferenceDistanceKm));
        Assert.Equal(1e-12, parameters.Solver.Tolerance);
    }

    private static ScenarioLoadResult TempScenarioResult(string yaml)
    {
        using var scenario = new TempScenario(yaml);
        var result = scenario.Load();
        Assert.True(result.IsValid, string.Join('\n', result.Issues));
        return result;
    }
}
