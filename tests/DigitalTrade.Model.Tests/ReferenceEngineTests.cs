using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Events;
using DigitalTrade.Model.Metrics;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Tests;

public sealed class ReferenceEngineTests
{
    private const int Rounds = 4;

    private static readonly ScenarioEvent Cut = TestWorld.CostChange(2, 0.9, importers: ["KAZ"], exporters: ["CHN"], sectors: [Sector.Digital]);
    private static readonly ScenarioEvent Shock = new EndowmentShock(3, "RUS", null, 0.95);
    private static readonly ScenarioDefinition Scenario = TestWorld.CentralAsiaScenario(TestWorld.Mechanical, rounds: Rounds, events: [Cut, Shock]);

    private static RoundReport[] Run(ScenarioDefinition scenario) => [.. ReferenceEngine.Run(scenario)];

    [Fact]
    public void A_run_reports_the_baseline_and_every_round_in_order()
    {
        Assert.Equal(Enumerable.Range(0, Rounds + 1), Run(Scenario).Select(r => r.Round));
    }

    [Fact]
    public void Real_income_index_is_exactly_one_for_every_country_at_round_zero()
    {
        Assert.All(Run(Scenario)[0].Countries, c => Assert.Equal(1.0, c.RealIncomeIndex));
    }

    [Fact]
    public void Two_runs_of_the_same_scenario_give_identical_reports()
    {
        var first = Run(Scenario);
        var second = Run(Scenario);

        for (var r = 0; r <= Rounds; r++)
        {
            ReportAssert.SameRows(first[r], second[r]);
        }
    }

    [Fact]
    public void Another_seed_changes_every_round_after_the_baseline_but_not_the_baseline()
    {
        var first = Run(Scenario);
        var reseeded = Run(Scenario with { Seed = Scenario.Seed + 1 });

        ReportAssert.SameRows(first[0], reseeded[0]);
        for (var r = 1; r <= Rounds; r++)
        {
            Assert.NotEqual(first[r].Countries.Select(c => c.OutputUsdBn), reseeded[r].Countries.Select(c => c.OutputUsdBn));
        }
    }

    [Fact]
    public void World_trade_is_the_sum_of_the_pair_flows()
    {
        // The recorder sums per sector, the test across sectors: different order, so 1e-12 relative.
        foreach (var report in Run(Scenario))
        {
            TestWorld.AssertRelative(report.Pairs.Sum(p => p.FlowUsdBn), report.World.TotalTradeUsdBn, 1e-12, $"round {report.Round} total");
            TestWorld.AssertRelative(report.Pairs.Where(p => p.Sector == "digital").Sum(p => p.FlowUsdBn), report.World.DigitalTradeUsdBn, 1e-12, "digital");
            TestWorld.AssertRelative(report.Countries.Sum(c => c.ExportsUsdBn), report.World.TotalTradeUsdBn, 1e-12, "exports");
            TestWorld.AssertRelative(report.Countries.Sum(c => c.OutputUsdBn), report.World.WorldOutputUsdBn, 1e-12, "world output");
        }
    }

    [Fact]
    public void Pair_rows_are_international_and_in_exporter_importer_sector_order()
    {
        var report = Run(Scenario)[1];
        var iso3 = Scenario.Countries.Select(c => c.Iso3).ToArray();
        var expected =
            from exporter in iso3
            from importer in iso3
            where exporter != importer
            from sector in Sectors.All
            select (exporter, importer, Sectors.Name(sector));

        Assert.Equal(expected, report.Pairs.Select(p => (p.Exporter, p.Importer, p.Sector)));
    }

    [Fact]
    public void Country_rows_follow_canonical_order_and_country_sector_rows_sector_order_within_it()
    {
        var report = Run(Scenario)[1];
        var iso3 = Scenario.Countries.Select(c => c.Iso3).ToArray();

        Assert.Equal(iso3, report.Countries.Select(c => c.Iso3));
        Assert.Equal(
            from c in iso3 from s in Sectors.All select (c, Sectors.Name(s)),
            report.CountrySectors.Select(r => (r.Iso3, r.Sector)));
    }

    [Fact]
    public void Events_appear_in_the_report_of_their_round_only()
    {
        var reports = Run(Scenario);

        Assert.Empty(reports[0].Events);
        Assert.Empty(reports[1].Events);
        Assert.Equal<EventRecord>([EventRules.Describe(Cut)], reports[2].Events);
        Assert.Equal<EventRecord>([EventRules.Describe(Shock)], reports[3].Events);
        Assert.Empty(reports[4].Events);
    }

    [Fact]
    public void An_endowment_shock_shows_in_output_from_its_round_on()
    {
        var without = Run(Scenario with { Events = [] });
        var with = Run(Scenario);
        static double Russia(RoundReport r) => r.CountrySectors.Where(c => c.Iso3 == "RUS").Sum(c => c.EndowmentUsdBn!.Value);

        Assert.Equal(Russia(without[2]), Russia(with[2]));
        TestWorld.AssertRelative(Russia(without[3]) * 0.95, Russia(with[3]), 1e-14, "RUS output at round 3");
        TestWorld.AssertRelative(Russia(without[4]) * 0.95, Russia(with[4]), 1e-14, "RUS output at round 4");
    }

    [Fact]
    public void Every_price_index_is_one_at_round_zero()
    {
        var report = Run(Scenario)[0];
        Assert.All(report.CountrySectors, s => Assert.Equal(1.0, s.PriceIndex, 1e-12));
        Assert.All(report.Countries, c => Assert.Equal(1.0, c.PriceIndex, 1e-12));
    }

    [Fact]
    public void Countries_out_of_canonical_order_are_rejected()
    {
        var shuffled = Scenario with { Countries = [.. Scenario.Countries.Reverse()] };

        Assert.Throws<ArgumentException>(() => Run(shuffled));
    }
}
