using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Events;
using DigitalTrade.Model.Metrics;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.State;
using DigitalTrade.Model.Trade;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Tests.Cooperation;

/// <summary>
/// Every country levies a 5% duty on electronic transmissions; the WTO moratorium holds until round 2.
/// Uzbekistan is not a WTO member. Kazakhstan binds the duty at zero towards Russia only while the moratorium
/// holds (RCEP Art. 12.11) and towards China for good; Uzbekistan towards Kyrgyzstan only while it holds.
/// </summary>
public sealed class MoratoriumTests
{
    private const int Lapse = 2;
    private const int Rounds = 3;
    private const double Duty = 0.05;

    private static readonly ScenarioDefinition Scenario = Build();
    private static readonly WorldGeometry World = WorldGeometry.Build(Scenario);

    private static ScenarioDefinition Build()
    {
        var scenario = TestWorld.CentralAsiaScenario(TestWorld.Mechanical, rounds: Rounds, events: [new MoratoriumLapse(Lapse)]);
        return scenario with
        {
            Setups = CooperationWorld.Setups(scenario, s => s with
            {
                Levels = s.Levels.SetItem((int)Measure.ElectronicDuty, Duty),
                WtoMember = s.Iso3 != "UZB",
            }),
            MoratoriumInForce = true,
            Agreements =
            [
                Duties("lapsing", "KAZ", "RUS", lapses: true),
                Duties("lasting", "CHN", "KAZ", lapses: false),
                Duties("uzbek", "KGZ", "UZB", lapses: true),
            ],
        };
    }

    private static AgreementDefinition Duties(string id, string a, string b, bool lapses) =>
        CooperationWorld.Agreement(id, AgreementKind.Dea, [(a, 0), (b, 0)], [CooperationWorld.Provision(ProvisionCatalog.CustomsDuties, lapsesWithMoratorium: lapses)]);

    /// <summary>The states after each round's policy phase (growth does not touch policy), and the reports.</summary>
    private static (PolicyState[][] Policies, RoundReport[] Reports) Run()
    {
        var runner = new RoundRunner(Scenario);
        var policies = new PolicyState[Rounds + 1][];
        var reports = new RoundReport[Rounds + 1];
        for (var r = 0; r <= Rounds; r++)
        {
            reports[r] = runner.Play(r);
            policies[r] = [.. runner.States.Select(s => s.Policy)];
        }

        return (policies, reports);
    }

    private static double Faces(PolicyState[] policies, string importer, string exporter, int round) =>
        policies[World.IndexOf(importer)].Effective(Measure.ElectronicDuty, exporter, round);

    [Fact]
    public void A_wto_member_levies_its_duty_only_after_the_lapse_and_a_non_member_from_the_start()
    {
        var (policies, reports) = Run();

        for (var r = 0; r <= Rounds; r++)
        {
            var lapsed = r >= Lapse;
            Assert.Equal(!lapsed, policies[r][World.IndexOf("KGZ")].MoratoriumBinds);
            Assert.False(policies[r][World.IndexOf("UZB")].MoratoriumBinds);
            foreach (var exporter in World.Iso3.Where(c => c is not "KGZ"))
            {
                Assert.Equal(lapsed ? Duty : 0.0, Faces(policies[r], "KGZ", exporter, r));
            }

            foreach (var exporter in World.Iso3.Where(c => c is not "UZB" and not "KGZ"))
            {
                Assert.Equal(Duty, Faces(policies[r], "UZB", exporter, r));
            }

            Assert.Equal(lapsed ? Duty : 0.0, reports[r].Countries.Single(c => c.Iso3 == "KGZ").ElectronicDuty);
            Assert.Equal(Duty, reports[r].Countries.Single(c => c.Iso3 == "UZB").ElectronicDuty);
        }
    }

    [Fact]
    public void A_duties_commitment_that_lapses_with_the_moratorium_holds_only_while_it_does()
    {
        var (policies, _) = Run();

        for (var r = 0; r <= Rounds; r++)
        {
            var lapsed = r >= Lapse;

            // Uzbekistan is not bound by the moratorium, only by its commitment to Kyrgyzstan.
            Assert.Equal(lapsed ? Duty : 0.0, Faces(policies[r], "UZB", "KGZ", r));

            // Kazakhstan is bound by both until the lapse; then only the lasting commitment to China holds.
            Assert.Equal(lapsed ? Duty : 0.0, Faces(policies[r], "KAZ", "RUS", r));
            Assert.Equal(0.0, Faces(policies[r], "KAZ", "CHN", r));
            Assert.Equal(lapsed ? Duty : 0.0, Faces(policies[r], "KAZ", "KGZ", r));
        }
    }

    [Fact]
    public void The_effective_matrix_agrees_with_the_effective_level_of_every_pair()
    {
        var (policies, _) = Run();

        for (var r = 0; r <= Rounds; r++)
        {
            foreach (var policy in policies[r])
            {
                var matrix = policy.EffectiveMatrix(World.Iso3, r);
                foreach (var measure in Measures.All)
                {
                    for (var i = 0; i < World.Count; i++)
                    {
                        Assert.Equal(policy.Effective(measure, World.Iso3[i], r), matrix[(int)measure, i]);
                    }
                }
            }
        }
    }

    [Fact]
    public void After_the_lapse_the_duty_raises_digital_trade_costs_by_exactly_its_rate_where_it_applies()
    {
        // T = t^(−θ) and the duty enters as (1 + rate)^(−θ): compare the same states with and without the moratorium.
        var runner = new RoundRunner(Scenario);
        for (var r = 0; r < Lapse; r++)
        {
            runner.Play(r);
        }

        CountryState[] held = [.. runner.States];
        runner.Play(Lapse);
        CountryState[] lapsed = [.. held.Select(s => s with { Policy = s.Policy with { MoratoriumInForce = false } })];
        var p = Scenario.Parameters;
        var d = (int)Sector.Digital;

        var before = TradeCosts.BuildAll(World, held, p, CostContext.Neutral)[d];
        var after = TradeCosts.BuildAll(World, lapsed, p, CostContext.Neutral)[d];

        var theta = p.Theta[Sector.Digital];
        double Ratio(string exporter, string importer) => after[World.IndexOf(exporter), World.IndexOf(importer)] / before[World.IndexOf(exporter), World.IndexOf(importer)];
        TestWorld.AssertRelative(Math.Pow(1.0 + Duty, -theta), Ratio("RUS", "KAZ"), 1e-14, "RUS->KAZ");
        TestWorld.AssertRelative(Math.Pow(1.0 + Duty, -theta), Ratio("KGZ", "UZB"), 1e-14, "KGZ->UZB");
        Assert.Equal(1.0, Ratio("CHN", "KAZ"));
        Assert.Equal(1.0, Ratio("CHN", "UZB"));
        Assert.Equal(
            TradeCosts.BuildAll(World, held, p, CostContext.Neutral)[(int)Sector.Goods].Cast<double>(),
            TradeCosts.BuildAll(World, lapsed, p, CostContext.Neutral)[(int)Sector.Goods].Cast<double>());
        Assert.All(runner.States, s => Assert.False(s.Policy.MoratoriumInForce));
    }
}
