using System.Collections.Immutable;
using DigitalTrade.Model.Calibration;
using DigitalTrade.Model.Equilibrium;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.State;
using DigitalTrade.Model.Trade;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Tests;

/// <summary>
/// The trade phase on an observed baseline with the rest of the world: round 0 is the observed world with its
/// imbalances, tariffs are taxes whose revenue the importer keeps, and the rest of the world faces applied levels.
/// </summary>
public sealed class ObservedTradePhaseTests
{
    private static readonly ScenarioDefinition Scenario = TestWorld.CentralAsiaScenario();
    private static readonly WorldGeometry World = WorldGeometry.Build(Scenario);
    private static readonly string[] Regions = ["CHN", "KAZ", "KGZ", "RUS", "UZB", "ROW"];

    // Unbalanced flows at the exporter's prices, USD bn, domestic sales on the diagonal; row ROW last.
    private static readonly double[,] Goods =
    {
        { 9000, 20, 15, 60, 10, 2500 },
        { 15, 150, 1, 10, 3, 50 },
        { 0.1, 0.5, 8, 0.4, 0.3, 1 },
        { 50, 12, 2, 1200, 3, 300 },
        { 2, 2, 0.5, 2, 60, 10 },
        { 1500, 40, 4, 200, 12, 60000 },
    };

    private static ObservedTrade Observed(double scale = 1.0)
    {
        ImmutableArray<double> Flat(double factor) =>
            [.. Enumerable.Range(0, 36).Select(k => Goods[k / 6, k % 6] * (k / 6 == k % 6 ? 1.0 : factor * scale))];
        return new ObservedTrade(2024, [.. Regions], Flat(1.0), Flat(0.2), Flat(0.3), [18000, 260, 12, 2000, 90, 80000]);
    }

    private static CountryState[] States(double kazTariff = 0.05) =>
        [.. TestWorld.InitialStates(Scenario).Select(s => s with
        {
            Policy = PolicyState.Open.WithLevel(Measure.GoodsTariff, s.Iso3 == "KAZ" ? kazTariff : 0.05),
        })];

    private static TradeBaseline Baseline(ModelParameters parameters) =>
        TradeBaseline.Create(World, States(), parameters, CostContext.Neutral, Observed(), 91);

    [Fact]
    public void Round_zero_is_the_observed_world_with_the_rest_of_the_world_and_its_imbalances()
    {
        var outcome = TradePhase.Solve(World, States(), Scenario.Parameters, Baseline(Scenario.Parameters));

        Assert.Equal(Regions, outcome.Regions);
        for (var i = 0; i < 6; i++)
        {
            for (var j = 0; j < 6; j++)
            {
                var goods = outcome[Sector.Goods].Flows[i, j] + outcome[Sector.Ecommerce].Flows[i, j];
                TestWorld.AssertRelative(Goods[i, j], goods, 1e-10, $"goods {Regions[i]}->{Regions[j]}");
                TestWorld.AssertRelative(Goods[i, j] * (i == j ? 1.0 : 0.2), outcome[Sector.Digital].Flows[i, j], 1e-10, "digital");
            }
        }

        for (var i = 0; i < 6; i++)
        {
            var exports = Enumerable.Range(0, 6).Where(j => j != i).Sum(j => Goods[i, j] * 1.5);
            var imports = Enumerable.Range(0, 6).Where(j => j != i).Sum(j => Goods[j, i] * 1.5);
            var result = outcome.Countries[i];
            TestWorld.AssertRelative(exports - imports, result.Exports.Sum() - result.Imports.Sum(), 1e-9, $"balance of {Regions[i]}");
            Assert.Equal(1.0, result.PriceChange, 1e-12);
        }
    }

    [Fact]
    public void Tariffs_are_taxes_the_importer_collects_and_the_rest_of_the_world_faces_the_applied_level()
    {
        var parameters = Scenario.Parameters;
        var baseline = Baseline(parameters);
        var before = TradePhase.Solve(World, States(), parameters, baseline);
        var after = TradePhase.Solve(World, States(kazTariff: 0.15), parameters, baseline);
        var (kaz, row) = (Array.IndexOf(Regions, "KAZ"), Array.IndexOf(Regions, "ROW"));

        Assert.Equal(0.15, after[Sector.Goods].TaxRate[row, kaz]);
        Assert.Equal(parameters.Equilibrium.RestOfWorldTariff, after[Sector.Goods].TaxRate[kaz, row]);
        var revenue = Enumerable.Range(0, 6).Sum(i => (after[Sector.Goods].Flows[i, kaz] * after[Sector.Goods].TaxRate[i, kaz])
            + (after[Sector.Ecommerce].Flows[i, kaz] * after[Sector.Ecommerce].TaxRate[i, kaz]));
        TestWorld.AssertRelative(revenue, after.Countries[kaz].TariffRevenue, 1e-12, "KAZ tariff revenue");
        Assert.True(after.Countries[kaz].TariffRevenue > before.Countries[kaz].TariffRevenue);
        Assert.True(after[Sector.Goods].Flows[row, kaz] < before[Sector.Goods].Flows[row, kaz], "imports from ROW fall");
        Assert.Equal(0.0, after.Countries[kaz].DutyRevenue);
    }

    [Fact]
    public void Both_closures_start_from_the_observed_world_and_differ_only_under_a_shock()
    {
        var additive = Scenario.Parameters;
        var multiplicative = additive with { Equilibrium = additive.Equilibrium with { Imbalances = ImbalanceClosure.Multiplicative } };
        var kaz = Array.IndexOf(Regions, "KAZ");

        var zero = (A: TradePhase.Solve(World, States(), additive, Baseline(additive)), M: TradePhase.Solve(World, States(), multiplicative, Baseline(multiplicative)));
        var shocked = (A: TradePhase.Solve(World, States(0.3), additive, Baseline(additive)), M: TradePhase.Solve(World, States(0.3), multiplicative, Baseline(multiplicative)));

        TestWorld.AssertRelative(zero.A.Countries[kaz].RealIncome, zero.M.Countries[kaz].RealIncome, 1e-12, "round 0");
        Assert.NotEqual(shocked.A.Countries[kaz].RealIncome, shocked.M.Countries[kaz].RealIncome);
    }
}
