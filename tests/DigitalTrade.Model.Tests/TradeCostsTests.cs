using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Trade;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Tests;

public sealed class TradeCostsTests
{
    private static readonly ScenarioDefinition Scenario = TestWorld.CentralAsiaScenario();
    private static readonly WorldGeometry World = WorldGeometry.Build(Scenario);

    private static int Index(string iso3) => World.IndexOf(iso3);

    [Fact]
    public void Domestic_flows_have_a_trade_cost_of_exactly_one_in_every_sector()
    {
        var states = TestWorld.InitialStates(Scenario);
        foreach (var sector in Sectors.All)
        {
            var t = TradeCosts.Build(World, states, sector, Scenario.Parameters);
            for (var i = 0; i < World.Count; i++)
            {
                Assert.Equal(1.0, t[i, i]);
                Assert.Equal(0.0, TradeCosts.GeographicLogCost(World, i, i, Scenario.Parameters.TradeCosts));
            }
        }
    }

    [Fact]
    public void A_pair_at_the_reference_distance_without_contiguity_or_language_bears_only_the_border()
    {
        // CHN–UZB share neither border nor language in the test world.
        var (i, j) = (Index("CHN"), Index("UZB"));
        var beta = new TradeCostCoefficients { ReferenceDistanceKm = World.DistanceKm[i, j] };

        Assert.Equal(beta.Border, TradeCosts.GeographicLogCost(World, i, j, beta));
    }

    [Fact]
    public void Contiguity_and_common_language_each_add_their_coefficient()
    {
        // KAZ–RUS are contiguous and share Russian; removing the pair facts must remove exactly
        // the two coefficients. Absolute 1e-12: the terms are O(1) sums of four doubles.
        var beta = new TradeCostCoefficients();
        var (i, j) = (Index("KAZ"), Index("RUS"));
        var bare = WorldGeometry.Build(Scenario with { Pairs = [] });

        var withPair = TradeCosts.GeographicLogCost(World, i, j, beta);
        var withoutPair = TradeCosts.GeographicLogCost(bare, i, j, beta);

        Assert.Equal(beta.Contiguity + beta.CommonLanguage, withPair - withoutPair, 1e-12);
        Assert.Equal(withPair, TradeCosts.GeographicLogCost(World, j, i, beta));
    }

    [Fact]
    public void Distance_enters_with_its_elasticity_relative_to_the_reference_distance()
    {
        var beta = new TradeCostCoefficients();
        var (i, j) = (Index("CHN"), Index("UZB"));
        var expected = (beta.Distance * Math.Log(World.DistanceKm[i, j] / beta.ReferenceDistanceKm)) + beta.Border;

        Assert.Equal(expected, TradeCosts.GeographicLogCost(World, i, j, beta), 1e-12);
    }

    [Fact]
    public void An_importer_cost_shift_multiplies_only_its_inward_flow_from_that_exporter()
    {
        var states = TestWorld.InitialStates(Scenario);
        var (chn, kaz) = (Index("CHN"), Index("KAZ"));
        var shift = states[kaz].InwardCostShift.SetItem((int)Sector.Digital, states[kaz].InwardCostShift[(int)Sector.Digital].SetItem(chn, 0.5));
        var shifted = states.ToArray();
        shifted[kaz] = states[kaz] with { InwardCostShift = shift };

        var before = TradeCosts.Build(World, states, Sector.Digital, Scenario.Parameters);
        var after = TradeCosts.Build(World, shifted, Sector.Digital, Scenario.Parameters);

        for (var i = 0; i < World.Count; i++)
        {
            for (var j = 0; j < World.Count; j++)
            {
                if ((i, j) == (chn, kaz))
                {
                    TestWorld.AssertRelative(before[i, j] * Math.Exp(0.5), after[i, j], 1e-15, "T[CHN,KAZ]");
                }
                else
                {
                    Assert.Equal(before[i, j], after[i, j]);
                }
            }
        }
    }

    [Fact]
    public void Without_shifts_trade_costs_are_symmetric()
    {
        var t = TradeCosts.Build(World, TestWorld.InitialStates(Scenario), Sector.Goods, Scenario.Parameters);
        for (var i = 0; i < World.Count; i++)
        {
            for (var j = 0; j < World.Count; j++)
            {
                Assert.Equal(t[i, j], t[j, i]);
            }
        }
    }

    [Theory]
    [InlineData(1.0, 4.0)]
    [InlineData(1.3, 4.0)]
    [InlineData(2.5, 6.0)]
    [InlineData(7.0, 8.0)]
    public void Iceberg_inverts_the_power_form_of_trade_costs(double iceberg, double theta) =>
        TestWorld.AssertRelative(iceberg, TradeCosts.Iceberg(Math.Pow(iceberg, -theta), theta), 1e-14, "t");

    [Fact]
    public void The_border_coefficient_alone_is_a_known_tariff_equivalent()
    {
        // exp(−1.745)^(−1/4) = exp(0.43625): a border alone is a 54.7% iceberg cost at θ = 4.
        Assert.Equal(Math.Exp(1.745 / 4.0), TradeCosts.Iceberg(Math.Exp(-1.745), 4.0), 1e-14);
        Assert.Equal(1.0, TradeCosts.Iceberg(1.0, 4.0));
    }
}
