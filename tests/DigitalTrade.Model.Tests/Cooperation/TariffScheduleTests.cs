using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.State;
using DigitalTrade.Model.Trade;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Tests.Cooperation;

/// <summary>
/// An RCEP-like FTA between China and Kazakhstan that entered into force four rounds before the run: 91% of the
/// tariff eliminated linearly over 8 rounds, so the run starts half-way through the schedule.
/// </summary>
public sealed class TariffScheduleTests
{
    private const double Share = 0.91;
    private const int PhaseIn = 8;
    private const int Start = -4;
    private const double GoodsTariff = 0.1;
    private const double ParcelTariff = 0.2;

    private static readonly AgreementDefinition Fta = CooperationWorld.Agreement(
        "fta", AgreementKind.Fta, [("CHN", Start), ("KAZ", Start)], [CooperationWorld.Provision(ProvisionCatalog.GoodsTariffs)],
        tariffEliminationShare: Share, tariffPhaseInRounds: PhaseIn, rtaEffect: true);

    private static readonly ScenarioDefinition Scenario = Build();
    private static readonly WorldGeometry World = WorldGeometry.Build(Scenario);

    private static ScenarioDefinition Build()
    {
        var scenario = TestWorld.CentralAsiaScenario(TestWorld.Mechanical);
        return scenario with
        {
            Setups = CooperationWorld.Setups(scenario, s => s with { Levels = s.Levels.SetItem((int)Measure.GoodsTariff, GoodsTariff).SetItem((int)Measure.ParcelTariff, ParcelTariff) }),
            Agreements = [Fta],
        };
    }

    private static CountryState Kazakhstan(ScenarioDefinition scenario) => RunSetup.InitialStates(scenario)[World.IndexOf("KAZ")];

    // Rounds since the start over the phase-in, capped at 1: 4/8 at round 0, 6/8 at round 2, complete from round 4.
    public static TheoryData<int, double> Phases { get; } = new()
    {
        { 0, 0.5 },
        { 2, 0.75 },
        { 4, 1.0 },
        { 8, 1.0 },
        { 20, 1.0 },
    };

    [Theory]
    [MemberData(nameof(Phases))]
    public void The_partner_faces_the_base_rate_less_the_eliminated_share_of_the_phase(int round, double phase)
    {
        var kaz = Kazakhstan(Scenario).Policy;

        Assert.Equal(GoodsTariff * (1.0 - (Share * phase)), kaz.Effective(Measure.GoodsTariff, "CHN", round));
        Assert.Equal(ParcelTariff * (1.0 - (Share * phase)), kaz.Effective(Measure.ParcelTariff, "CHN", round));
        Assert.Equal(GoodsTariff, kaz.Effective(Measure.GoodsTariff, "RUS", round));
        Assert.Equal(GoodsTariff, kaz.Level(Measure.GoodsTariff));
    }

    [Theory]
    [MemberData(nameof(Phases))]
    public void The_rta_term_phases_in_with_the_same_phase(int round, double phase)
    {
        var (rta, mou) = TradeCosts.AgreementTerms(World, new CostContext(round, null, [Fta]));
        var (chn, kaz) = (World.IndexOf("CHN"), World.IndexOf("KAZ"));

        for (var i = 0; i < World.Count; i++)
        {
            for (var j = 0; j < World.Count; j++)
            {
                var covered = (i, j) == (chn, kaz) || (i, j) == (kaz, chn);
                Assert.Equal(covered ? phase : 0.0, rta[i, j]);
                Assert.False(mou[i, j]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Phases))]
    public void Goods_trade_costs_carry_the_rta_phase_and_the_scheduled_tariff(int round, double phase)
    {
        // ln T with the FTA less ln T without it: β_rta · phase − θ (ln(1 + bound) − ln(1 + base)), nothing else.
        // Every country levies the same base tariff, so both directions carry the same terms.
        var p = Scenario.Parameters;
        var with = TradeCosts.BuildAll(World, RunSetup.InitialStates(Scenario), p, new CostContext(round, null, [Fta]));
        var without = TradeCosts.BuildAll(World, RunSetup.InitialStates(Scenario with { Agreements = [] }), p, new CostContext(round, null, []));
        var (chn, kaz, rus) = (World.IndexOf("CHN"), World.IndexOf("KAZ"), World.IndexOf("RUS"));
        var g = (int)Sector.Goods;
        var theta = p.Theta[Sector.Goods];
        var bound = GoodsTariff * (1.0 - (Share * phase));

        var expected = (p.DigitalCosts.Rta[Sector.Goods] * phase) - (theta * (Math.Log(1.0 + bound) - Math.Log(1.0 + GoodsTariff)));
        Assert.Equal(expected, Math.Log(with[g][chn, kaz] / without[g][chn, kaz]), 1e-13);
        Assert.Equal(expected, Math.Log(with[g][kaz, chn] / without[g][kaz, chn]), 1e-13);
        Assert.Equal(without[g][rus, kaz], with[g][rus, kaz]);
    }

    [Fact]
    public void An_fta_that_starts_later_neither_binds_nor_phases_in_before_its_start()
    {
        var later = Fta with { Members = [new AgreementMember("CHN", 3), new AgreementMember("KAZ", 3)] };
        var scenario = Scenario with { Agreements = [later] };

        Assert.Empty(Kazakhstan(scenario).Policy.Bindings);
        var (rta, _) = TradeCosts.AgreementTerms(World, new CostContext(2, null, [later]));
        Assert.Equal(0.0, rta[World.IndexOf("CHN"), World.IndexOf("KAZ")]);
        var (started, _) = TradeCosts.AgreementTerms(World, new CostContext(5, null, [later]));
        Assert.Equal(2.0 / PhaseIn, started[World.IndexOf("CHN"), World.IndexOf("KAZ")]);
    }
}
