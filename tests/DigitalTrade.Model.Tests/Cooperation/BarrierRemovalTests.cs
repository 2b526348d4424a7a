using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Events;
using DigitalTrade.Model.Metrics;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.Trade;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Tests.Cooperation;

/// <summary>Taking a barrier down raises the flows it stood in front of and world welfare.</summary>
public sealed class BarrierRemovalTests
{
    private const int Round = 2;

    // Every measure at 0.4 everywhere; mechanical behaviour, so the runs differ only by the removal.
    private static readonly ScenarioDefinition Restricted = Restrict(TestWorld.CentralAsiaScenario(TestWorld.Mechanical, rounds: 3));

    // A data-issues module of depth 1 between Kazakhstan and Uzbekistan from round 2: two provisions carrying half
    // of the data-flows measure each, so the bound is 0.4 · (1 − 1) = 0 between them.
    private static readonly AgreementDefinition DataAgreement = CooperationWorld.Agreement(
        "dea", AgreementKind.Dea, [("KAZ", Round), ("UZB", Round)],
        [
            CooperationWorld.Provision(ProvisionCatalog.DataFlows, depth: 1.0, disputeSettlement: true),
            CooperationWorld.Provision(ProvisionCatalog.ComputingLocation, depth: 1.0, disputeSettlement: true),
        ]);

    private static ScenarioDefinition Restrict(ScenarioDefinition scenario) => scenario with
    {
        Setups = CooperationWorld.Setups(scenario),
        MoratoriumInForce = true,
    };

    private static RoundReport[] Run(ScenarioDefinition scenario) => [.. ReferenceEngine.Run(scenario)];

    [Fact]
    public void A_deep_data_flows_commitment_removes_the_measure_between_the_parties_only()
    {
        var runner = new RoundRunner(Restricted with { Agreements = [DataAgreement] });
        for (var r = 0; r <= Round; r++)
        {
            runner.Play(r);
        }

        var kaz = runner.States.Single(s => s.Iso3 == "KAZ").Policy;
        Assert.Equal(0.0, kaz.Effective(Measure.DataFlows, "UZB", Round));
        Assert.Equal(0.4, kaz.Effective(Measure.DataFlows, "CHN", Round));
        Assert.Equal(0.4, kaz.Effective(Measure.Payments, "UZB", Round));
    }

    [Fact]
    public void A_data_flows_agreement_raises_the_covered_digital_flows_both_ways_and_world_real_income()
    {
        var without = Run(Restricted);
        var with = Run(Restricted with { Agreements = [DataAgreement] });

        ReportAssert.SameRows(without[Round - 1], with[Round - 1]);
        foreach (var (exporter, importer) in (ReadOnlySpan<(string, string)>)[("KAZ", "UZB"), ("UZB", "KAZ")])
        {
            foreach (var sector in (ReadOnlySpan<Sector>)[Sector.Ecommerce, Sector.Digital])
            {
                var before = CooperationWorld.Pair(without[Round], exporter, importer, sector).FlowUsdBn;
                var after = CooperationWorld.Pair(with[Round], exporter, importer, sector).FlowUsdBn;
                Assert.True(after > before, $"{exporter}->{importer} {Sectors.Name(sector)}: {after:R} should exceed {before:R}");
            }
        }

        // The parties gain (third countries may lose a little to trade diversion; the world gains ~6e-7, far above the
        // solver's 1e-12).
        foreach (var party in (ReadOnlySpan<string>)["KAZ", "UZB"])
        {
            var before = without[Round].Countries.Single(c => c.Iso3 == party).RealIncomeIndex;
            var after = with[Round].Countries.Single(c => c.Iso3 == party).RealIncomeIndex;
            Assert.True(after > before, $"{party} real income index {after:R} should exceed {before:R}");
        }

        var welfareBefore = CooperationWorld.WorldRealIncome(without[Round]);
        var welfareAfter = CooperationWorld.WorldRealIncome(with[Round]);
        Assert.True(welfareAfter > welfareBefore, $"world real income {welfareAfter:R} should exceed {welfareBefore:R}");
    }

    [Fact]
    public void Setting_an_importers_restrictiveness_to_zero_raises_every_digital_flow_into_it_and_world_real_income()
    {
        var without = Run(Restricted);
        var with = Run(Restricted with
        {
            Events = [.. Measures.Digital.Select(m => (ScenarioEvent)new BarrierChange(Round, ["UZB"], m, 0.0, null))],
        });

        ReportAssert.SameRows(without[Round - 1], with[Round - 1], includeEvents: false);
        foreach (var exporter in Restricted.Countries.Select(c => c.Iso3).Where(c => c != "UZB"))
        {
            var before = CooperationWorld.Pair(without[Round], exporter, "UZB", Sector.Digital).FlowUsdBn;
            var after = CooperationWorld.Pair(with[Round], exporter, "UZB", Sector.Digital).FlowUsdBn;
            Assert.True(after > before, $"{exporter}->UZB digital: {after:R} should exceed {before:R}");
        }

        Assert.Equal(0.0, with[Round].Countries.Single(c => c.Iso3 == "UZB").DigitalRestrictiveness);
        var welfareBefore = CooperationWorld.WorldRealIncome(without[Round]);
        var welfareAfter = CooperationWorld.WorldRealIncome(with[Round]);
        Assert.True(welfareAfter > welfareBefore, $"world real income {welfareAfter:R} should exceed {welfareBefore:R}");
    }

    [Fact]
    public void World_real_income_is_the_sum_of_the_trade_phase_real_incomes()
    {
        // The welfare measure above reads the report; check it against the trade phase's own numbers.
        var scenario = Restricted with { Agreements = [DataAgreement] };
        var runner = new RoundRunner(scenario);
        var world = WorldGeometry.Build(scenario);
        var baseline = TradeBaseline.ForScenario(world, scenario);
        var report = runner.Play(0);

        var outcome = TradePhase.Solve(
            world, RunSetup.InitialStates(scenario), scenario.Parameters, baseline,
            RunSetup.CostContextAt(world, scenario, 0, RunSetup.InitialNetwork(scenario), scenario.Agreements));

        TestWorld.AssertRelative(outcome.Countries.Sum(c => c.RealIncome), CooperationWorld.WorldRealIncome(report), 1e-14, "world real income");
    }
}
