using System.Collections.Immutable;
using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Infrastructure;
using DigitalTrade.Model.Metrics;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Tests.Cooperation;

/// <summary>
/// Three identical countries on the equator 120° apart (equal great-circle distances), with identical set-ups,
/// a symmetric network and agreements among all three: nothing tells them apart, so neither may the outcome.
/// </summary>
public sealed class SymmetricWorldTests
{
    private const int Rounds = 3;

    // Distances agree to the last bits only (the haversine of 120° and of −240°), hence 1e-12 rather than bit equality.
    private const double Tolerance = 1e-12;

    private static readonly ImmutableArray<CountryProfile> Countries =
    [
        TestWorld.Country("AAA", 100.0, 0.0, 0.0),
        TestWorld.Country("BBB", 100.0, 0.0, 120.0),
        TestWorld.Country("CCC", 100.0, 0.0, -120.0),
    ];

    // Every behaviour on but nothing keyed by country: no policy shock, no growth shock, no exceptions. Sovereignty
    // 0.9 with weight 3 gives a score of 1.2 > 1, so every state raises every measure in every round, and the
    // enforced data commitments (cost 2) block the raise towards the partners: the same for all three.
    private static readonly ModelParameters Parameters = new()
    {
        ReferenceCountry = "AAA",
        Growth = new GrowthParameters { ShockSdAnnual = 0.0 },
        Policy = new PolicyParameters { ShockSd = 0.0, SovereigntyWeight = 3.0 },
        Disputes = new DisputeParameters { HarmThreshold = 1e9 }, // nobody files: filing draws are keyed by country, which would break the symmetry
    };

    private static readonly ScenarioDefinition Scenario = Build();

    private static ScenarioDefinition Build()
    {
        var iso3 = Countries.Select(c => c.Iso3).ToArray();
        var scenario = TestWorld.Scenario(
            Countries, Parameters, Rounds,
            pairs: [new("AAA", "BBB", true, false), new("AAA", "CCC", true, false), new("BBB", "CCC", true, false)]);
        return scenario with
        {
            Setups = [.. iso3.Select(c => CooperationWorld.Setup(c, restrictiveness: 0.3, electronicDuty: 0.02, sovereignty: 0.9))],
            MoratoriumInForce = true,
            Links =
            [
                NetworkLink.Create("AAA", "BBB", LinkKind.Terrestrial, "ring"),
                NetworkLink.Create("BBB", "CCC", LinkKind.Terrestrial, "ring"),
                NetworkLink.Create("AAA", "CCC", LinkKind.Terrestrial, "ring"),
            ],
            Agreements =
            [
                CooperationWorld.Agreement(
                    "fta", AgreementKind.Fta, iso3.Select(c => (c, 1)), [CooperationWorld.Provision(ProvisionCatalog.GoodsTariffs)],
                    tariffEliminationShare: 0.9, tariffPhaseInRounds: 2, rtaEffect: true),
                CooperationWorld.Agreement(
                    "dea", AgreementKind.Dea, iso3.Select(c => (c, 1)),
                    ProvisionCatalog.Modules["data_issues"].Select(p => CooperationWorld.Provision(p, depth: 0.5, disputeSettlement: true))),
            ],
        };
    }

    private static RoundReport[] Run() => [.. ReferenceEngine.Run(Scenario)];

    [Fact]
    public void Every_international_flow_equals_its_reverse()
    {
        var reports = Run();

        for (var r = 1; r <= Rounds; r++)
        {
            foreach (var row in reports[r].Pairs)
            {
                var reverse = CooperationWorld.Pair(reports[r], row.Importer, row.Exporter, Sectors.Parse(row.Sector)!.Value);
                TestWorld.AssertRelative(row.FlowUsdBn, reverse.FlowUsdBn, Tolerance, $"round {r} {row.Exporter}->{row.Importer} {row.Sector}");
                TestWorld.AssertRelative(row.TradeCost!.Value, reverse.TradeCost!.Value, Tolerance, $"round {r} cost {row.Exporter}->{row.Importer} {row.Sector}");
            }
        }
    }

    [Fact]
    public void Every_country_has_the_same_real_income_index()
    {
        var reports = Run();

        for (var r = 1; r <= Rounds; r++)
        {
            var first = reports[r].Countries[0].RealIncomeIndex;
            Assert.All(reports[r].Countries, c => TestWorld.AssertRelative(first, c.RealIncomeIndex, Tolerance, $"round {r} {c.Iso3} real income index"));
        }
    }

    [Fact]
    public void The_symmetric_rounds_are_not_trivial()
    {
        // The agreements, the policy raises and growth all act: real income moves and commitments are ruled on.
        var reports = Run();

        var index = reports[1].Countries[0].RealIncomeIndex;
        Assert.True(Math.Abs(index - 1.0) > 1e-6, $"real income index {index:R} should move at round 1");
        Assert.Equal(3 * 5, reports[1].World.PolicyChanges);
        Assert.Contains(reports[1].Events, e => e.Kind == RunEvents.CommitmentKind && e.Detail.EndsWith("outcome=blocked", StringComparison.Ordinal));
    }
}
