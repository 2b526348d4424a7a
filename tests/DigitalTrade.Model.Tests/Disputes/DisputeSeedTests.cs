using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Metrics;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.Tests.Cooperation;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Tests.Disputes;

/// <summary>With disputes on, the seed decides every filing and every stage, and only the seed.</summary>
public sealed class DisputeSeedTests
{
    private static (RoundReport[] Reports, DisputeState[] Disputes) Run(ScenarioDefinition scenario)
    {
        var runner = new RoundRunner(scenario);
        var reports = new RoundReport[scenario.Rounds + 1];
        for (var r = 0; r <= scenario.Rounds; r++)
        {
            reports[r] = runner.Play(r);
        }

        return (reports, [.. runner.Disputes]);
    }

    [Fact]
    public void The_same_seed_gives_the_same_disputes_and_identical_reports()
    {
        var (firstReports, first) = Run(RcepRun.Scenario);
        var (secondReports, second) = Run(RcepRun.Scenario);

        Assert.True(first.Length >= 3, $"only {first.Length} disputes: the scenario should give several");
        Assert.Contains(first, d => !d.IsOpen);
        Assert.Equal<DisputeState>(first, second);
        for (var r = 0; r <= RcepRun.Rounds; r++)
        {
            ReportAssert.SameRows(firstReports[r], secondReports[r]);
            Assert.Equal<DisputeStageRow>(firstReports[r].DisputeStages, secondReports[r].DisputeStages);
            Assert.Equal<DisputeRow>(firstReports[r].Disputes, secondReports[r].Disputes);
            Assert.Equal(firstReports[r].Disputes.Select(d => d.ToString()), secondReports[r].Disputes.Select(d => d.ToString()));
        }
    }

    [Fact]
    public void Another_seed_gives_other_disputes()
    {
        var (_, first) = Run(RcepRun.Scenario);
        var (_, reseeded) = Run(RcepRun.Scenario with { Seed = RcepRun.Scenario.Seed + 1 });

        Assert.NotEmpty(reseeded);
        Assert.NotEqual<DisputeState>(first, reseeded);
    }

    [Fact]
    public void The_same_dispute_takes_the_same_course_under_its_seed_and_other_courses_under_others()
    {
        // One dispute (same id, same round) under seed after seed: the stage draws are keyed by the seed.
        var courses = new List<Course>();
        for (var seed = 1UL; seed <= 40; seed++)
        {
            var context = DisputeWorld.Context(DisputeWorld.Certain.Preferring(Forum.Wto, Forum.None)) with { Seed = seed };
            var dispute = DisputeWorld.File(context, "JPN", "CHN", ProvisionCatalog.DataFlows);
            var course = DisputeWorld.Drive(dispute, context);
            var again = DisputeWorld.Drive(dispute, context);
            Assert.Equal((course.Final, course.Effect), (again.Final, again.Effect));
            Assert.Equal<DisputeStageRow>(course.Stages, again.Stages);
            courses.Add(course);
        }

        Assert.Single(courses.Select(c => c.Final.Id).Distinct());
        Assert.True(courses.Select(c => c.Final.Outcome).Distinct().Count() >= 3, "the seed should change how the dispute ends");
    }

    [Fact]
    public void Whether_a_harmed_partner_files_is_a_seeded_draw()
    {
        // Viet Nam's legal capacity (430 / 17,800)^0.25 ≈ 0.39 times 1 − e^(−2) ≈ 0.86: it files about a third of the time.
        var ruling = new CommitmentRuling("rcep", "CHN", "VNM", Measure.DataFlows, [ProvisionCatalog.DataFlows], false, 0.1, RulingOutcome.Violated);
        var filed = new List<bool>();
        for (var seed = 1UL; seed <= 60; seed++)
        {
            var context = DisputeWorld.Context(new DisputeParameters()) with { Seed = seed };
            var dispute = DisputeRules.File(ruling, 0.2, 10.0, 20.0, 1, context);
            Assert.Equal(dispute, DisputeRules.File(ruling, 0.2, 10.0, 20.0, 1, context));
            filed.Add(dispute is not null);
        }

        Assert.Contains(true, filed);
        Assert.Contains(false, filed);
    }

    [Fact]
    public void The_reports_count_the_disputes_filed_and_open_and_list_them_as_they_stand()
    {
        var (reports, disputes) = Run(RcepRun.Scenario);

        Assert.Equal(disputes.Length, reports.Sum(r => r.World.DisputesFiled));
        foreach (var report in reports)
        {
            var filed = disputes.Where(d => d.FiledRound <= report.Round).ToArray();
            Assert.Equal(disputes.Count(d => d.FiledRound == report.Round), report.World.DisputesFiled);
            Assert.Equal(filed.Length, report.Disputes.Length);
            Assert.Equal<string>([.. filed.Select(d => d.Id)], [.. report.Disputes.Select(d => d.DisputeId)]);
            Assert.Equal(report.Disputes.Count(d => d.Outcome == "pending"), report.World.OpenDisputes);
            Assert.All(report.DisputeStages, s => Assert.Equal(report.Round, s.Round));
        }

        Assert.Equal<DisputeRow>([.. disputes.Select(DisputeRow.Of)], reports[^1].Disputes);

        // Every dispute's stages, across the rounds, start with consultations at its filing and end with its closing.
        foreach (var dispute in disputes)
        {
            var stages = reports.SelectMany(r => r.DisputeStages).Where(s => s.DisputeId == dispute.Id).ToArray();
            Assert.Equal(new DisputeStageRow(dispute.Id, dispute.FiledRound, "consultations"), stages[0]);
            if (!dispute.IsOpen)
            {
                Assert.Equal(new DisputeStageRow(dispute.Id, dispute.ClosedRound!.Value, "closed"), stages[^1]);
            }
        }
    }
}

/// <summary>
/// The dispute world of <see cref="DisputeWorld"/> with its RCEP-like FTA binding the e-commerce chapter shallowly
/// (depth 0.1, outside dispute settlement) under a low policy threshold and large shocks, so that commitments
/// break every round and the harmed file.
/// </summary>
internal static class RcepRun
{
    public const int Rounds = 10;

    public static ScenarioDefinition Scenario { get; } = Build();

    private static ScenarioDefinition Build()
    {
        var parameters = TestWorld.Mechanical with
        {
            Policy = new PolicyParameters { Threshold = 0.3, ShockSd = 2.0, Step = 0.05, PressureWeight = 0.0, ReciprocityWeight = 0.0 },
        };
        var scenario = TestWorld.Scenario(DisputeWorld.Countries, parameters, Rounds);
        return scenario with
        {
            Setups = CooperationWorld.Setups(scenario, s => s with { WtoMember = s.Iso3 != "UZB" }),
            Agreements =
            [
                CooperationWorld.Agreement(
                    "rcep", AgreementKind.Fta, DisputeWorld.RcepParties.Select(p => (p, -1)),
                    [
                        CooperationWorld.Provision(ProvisionCatalog.GoodsTariffs, disputeSettlement: true),
                        .. ProvisionCatalog.EcommerceChapter.Select(p => CooperationWorld.Provision(p, depth: 0.1)),
                    ],
                    tariffEliminationShare: 0.9, rtaEffect: true),
            ],
        };
    }
}
