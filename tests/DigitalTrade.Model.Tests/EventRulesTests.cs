using DigitalTrade.Model.Events;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.State;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Tests;

public sealed class EventRulesTests
{
    // Distinct θ per sector, so a test notices the wrong sector's elasticity.
    private static readonly ModelParameters Parameters = new() { Theta = new SectorElasticities(4.0, 5.0, 6.0) };
    private static readonly ScenarioDefinition Scenario = TestWorld.CentralAsiaScenario(Parameters);
    private static readonly WorldGeometry World = WorldGeometry.Build(Scenario);
    private static readonly CountryState[] States = TestWorld.InitialStates(Scenario);

    private static CountryState State(string iso3) => States[World.IndexOf(iso3)];

    private static CountryState Apply(CountryState state, params ScenarioEvent[] events) => EventRules.Apply(state, events, World.Iso3, Parameters);

    [Fact]
    public void Endowment_shock_without_a_sector_scales_every_endowment_and_the_rest_of_output()
    {
        var kaz = State("KAZ");

        var shocked = Apply(kaz, new EndowmentShock(1, "KAZ", null, 0.8));

        Assert.Equal(kaz.Endowment.Select(q => q * 0.8), shocked.Endowment);
        Assert.Equal(kaz.OtherOutput * 0.8, shocked.OtherOutput);
        Assert.Equal(kaz.InwardCostShift.SelectMany(row => row), shocked.InwardCostShift.SelectMany(row => row));
    }

    [Fact]
    public void Endowment_shock_in_one_sector_scales_only_that_sector()
    {
        var kaz = State("KAZ");

        var shocked = Apply(kaz, new EndowmentShock(1, "KAZ", Sector.Ecommerce, 1.5));

        Assert.Equal<double>([kaz.Endowment[0], kaz.Endowment[1] * 1.5, kaz.Endowment[2], kaz.Endowment[3]], shocked.Endowment);
        Assert.Equal(kaz.OtherOutput, shocked.OtherOutput);
    }

    [Fact]
    public void Events_of_other_countries_leave_a_state_untouched()
    {
        var rus = State("RUS");

        var after = Apply(rus, new EndowmentShock(1, "KAZ", null, 0.5), TestWorld.CostChange(1, 0.9, importers: ["KAZ"]));

        Assert.Same(rus, after);
    }

    [Fact]
    public void Trade_cost_change_adds_minus_theta_log_factor_for_covered_exporters_and_sectors_only()
    {
        var kaz = State("KAZ");
        var change = TestWorld.CostChange(1, 0.9, importers: ["KAZ"], exporters: ["CHN", "RUS"], sectors: [Sector.Ecommerce, Sector.Digital]);

        var after = Apply(kaz, change);

        foreach (var sector in Sectors.All)
        {
            for (var i = 0; i < World.Count; i++)
            {
                var covered = sector is Sector.Ecommerce or Sector.Digital && World.Iso3[i] is "CHN" or "RUS";
                var expected = covered ? -Parameters.Theta[sector] * Math.Log(0.9) : 0.0;
                Assert.Equal(expected, after.InwardCostShift[(int)sector][i]);
            }
        }
    }

    [Fact]
    public void Trade_cost_change_for_everyone_never_shifts_a_domestic_flow()
    {
        foreach (var state in States)
        {
            var after = Apply(state, TestWorld.CostChange(1, 0.5));
            var self = World.IndexOf(state.Iso3);

            foreach (var sector in Sectors.All)
            {
                for (var i = 0; i < World.Count; i++)
                {
                    Assert.Equal(i == self ? 0.0 : -Parameters.Theta[sector] * Math.Log(0.5), after.InwardCostShift[(int)sector][i]);
                }
            }
        }
    }

    [Fact]
    public void Successive_trade_cost_changes_compound()
    {
        // ln(0.9) + ln(0.8) = ln(0.72) up to one rounding of the sum: 1e-15 absolute on O(1) values.
        var after = Apply(State("KAZ"), TestWorld.CostChange(1, 0.9, exporters: ["CHN"]), TestWorld.CostChange(1, 0.8, exporters: ["CHN"]));

        Assert.Equal(-4.0 * Math.Log(0.72), after.InwardCostShift[0][World.IndexOf("CHN")], 1e-14);
    }

    [Fact]
    public void Endowment_shock_is_described_with_its_factor_and_sector()
    {
        Assert.Equal(
            new EventRecord(3, "endowment_shock", "KAZ", "factor=0.8; sector=all"),
            EventRules.Describe(new EndowmentShock(3, "KAZ", null, 0.8)));
        Assert.Equal(
            new EventRecord(2, "endowment_shock", "RUS", "factor=1.25; sector=digital"),
            EventRules.Describe(new EndowmentShock(2, "RUS", Sector.Digital, 1.25)));
    }

    [Fact]
    public void Trade_cost_change_is_described_with_its_importers_exporters_and_sectors()
    {
        Assert.Equal(
            new EventRecord(1, "trade_cost_change", "KAZ UZB", "factor=0.9; exporters=CHN; sectors=ecommerce digital"),
            EventRules.Describe(TestWorld.CostChange(1, 0.9, importers: ["KAZ", "UZB"], exporters: ["CHN"], sectors: [Sector.Ecommerce, Sector.Digital])));
        Assert.Equal(
            new EventRecord(4, "trade_cost_change", "all", "factor=0.95; exporters=all; sectors=all"),
            EventRules.Describe(TestWorld.CostChange(4, 0.95)));
    }
}
