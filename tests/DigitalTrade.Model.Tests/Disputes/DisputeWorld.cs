using System.Collections.Immutable;
using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.Tests.Cooperation;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Tests.Disputes;

/// <summary>
/// An RCEP-like world for the dispute tests, built in code: China and Japan use the MPIA, Cambodia, Laos,
/// Myanmar and Viet Nam are WTO members outside it (the first three RCEP's least-developed parties), and
/// Uzbekistan is outside the WTO and RCEP. The <c>rcep</c> FTA's goods tariffs are covered by dispute
/// settlement and its e-commerce provisions are not (Art. 12.17) unless a test says otherwise.
/// </summary>
internal static class DisputeWorld
{
    /// <summary>The RCEP parties.</summary>
    public static ImmutableArray<string> RcepParties { get; } = ["CHN", "JPN", "KHM", "LAO", "MMR", "VNM"];

    /// <summary>The countries, in canonical order.</summary>
    public static ImmutableArray<CountryProfile> Countries { get; } =
    [
        Profile("CHN", 17_800.0, 39.91667, 116.4333, wto: true, mpia: true),
        Profile("JPN", 4_200.0, 35.6762, 139.6503, wto: true, mpia: true),
        Profile("KHM", 30.0, 11.5564, 104.9282, wto: true, mpia: false),
        Profile("LAO", 15.0, 17.9757, 102.6331, wto: true, mpia: false),
        Profile("MMR", 65.0, 19.7633, 96.0785, wto: true, mpia: false),
        Profile("UZB", 90.0, 41.2995, 69.2401, wto: false, mpia: false),
        Profile("VNM", 430.0, 21.0278, 105.8342, wto: true, mpia: false),
    ];

    /// <summary>Model parameters of <see cref="DisputeRules.Advance"/> (θ_goods = 4 for retaliation).</summary>
    public static ModelParameters Parameters { get; } = new();

    /// <summary>
    /// Dispute parameters under which every harmed party files: legal capacity 1 for all (elasticity 0) and a
    /// filing scale so small that the chance is 1 for any harm above the threshold.
    /// </summary>
    public static DisputeParameters Certain { get; } = new() { CapacityElasticity = 0.0, FilingScale = 1e-9 };

    /// <summary>A country's profile with its WTO membership and MPIA participation.</summary>
    public static CountryProfile Profile(string iso3, double gdpUsdBn, double latitude, double longitude, bool wto, bool mpia) =>
        TestWorld.Country(iso3, gdpUsdBn, latitude, longitude) with { WtoMember = wto, MpiaParticipant = mpia };

    /// <summary>The RCEP-like FTA among <see cref="RcepParties"/>, in force before the run.</summary>
    public static AgreementDefinition Rcep(bool ecommerceDisputeSettlement = false) =>
        CooperationWorld.Agreement(
            "rcep", AgreementKind.Fta, RcepParties.Select(p => (p, -1)),
            [
                CooperationWorld.Provision(ProvisionCatalog.GoodsTariffs, disputeSettlement: true),
                CooperationWorld.Provision(ProvisionCatalog.DataFlows, disputeSettlement: ecommerceDisputeSettlement),
                CooperationWorld.Provision(ProvisionCatalog.ComputingLocation, disputeSettlement: ecommerceDisputeSettlement),
            ],
            tariffEliminationShare: 0.9, rtaEffect: true);

    /// <summary>The world as a scenario: set-ups that agree with the profiles' WTO membership, and <see cref="Rcep"/>.</summary>
    public static ScenarioDefinition Scenario(
        DisputeParameters? disputes = null, int roundDays = 91, DigitalMechanism? mechanism = null, bool ecommerceDisputeSettlement = false)
    {
        var scenario = TestWorld.Scenario(Countries, new ModelParameters { Disputes = disputes ?? Certain }, roundDays: roundDays);
        return scenario with
        {
            Setups = CooperationWorld.Setups(scenario, s => s with { WtoMember = s.Iso3 != "UZB" }),
            Agreements = [Rcep(ecommerceDisputeSettlement)],
            DisputeMechanism = mechanism,
        };
    }

    /// <summary>The dispute context of <see cref="Scenario"/>.</summary>
    public static DisputeContext Context(
        DisputeParameters? disputes = null, int roundDays = 91, DigitalMechanism? mechanism = null, bool ecommerceDisputeSettlement = false) =>
        DisputeContext.From(Scenario(disputes, roundDays, mechanism, ecommerceDisputeSettlement));

    /// <summary>The parameters with the forums in the given order of preference.</summary>
    public static DisputeParameters Preferring(this DisputeParameters parameters, params Forum[] forums) =>
        parameters with { ForumPreference = [.. forums] };

    /// <summary>A procedure whose path the given probabilities fix (0 or 1 each).</summary>
    public static ForumProcedure Fixed(
        this ForumProcedure procedure, double settle, double win = 1.0, double appeal = 0.0, double uphold = 1.0, double comply = 1.0) =>
        procedure with
        {
            SettleProbability = settle, WinProbability = win, AppealProbability = appeal, UpholdProbability = uphold, ComplianceProbability = comply,
        };

    /// <summary>The measure a provision disciplines.</summary>
    public static Measure MeasureOf(string provision) =>
        provision == ProvisionCatalog.GoodsTariffs ? Measure.GoodsTariff : ProvisionCatalog.Discipline(provision).Measure;

    /// <summary>
    /// The dispute the complainant files at the round over the respondent's broken commitment on the provision,
    /// through <see cref="DisputeRules.File"/> (the context must make filing certain, as <see cref="Certain"/> does).
    /// </summary>
    public static DisputeState File(
        DisputeContext context, string complainant, string respondent, string provision, int round = 1,
        double harm = 0.2, double exportsHit = 10.0, double goodsExports = 20.0, string agreement = "rcep")
    {
        var ruling = new CommitmentRuling(agreement, respondent, complainant, MeasureOf(provision), [provision], true, 0.0, RulingOutcome.Violated);
        var filed = DisputeRules.File(ruling, harm, exportsHit, goodsExports, round, context);
        Assert.NotNull(filed);
        return filed;
    }

    /// <summary>
    /// Advances the dispute round by round from the one after its filing until it closes (or the rounds run
    /// out), as the reference engine does: the stage rows start with the consultations row of the filing round.
    /// </summary>
    public static Course Drive(DisputeState dispute, DisputeContext context, int rounds = 400)
    {
        var stages = ImmutableArray.CreateBuilder<DisputeStageRow>();
        stages.Add(new DisputeStageRow(dispute.Id, dispute.FiledRound, DisputeNames.Name(DisputeStage.Consultations)));
        DisputeEffect? effect = null;
        for (var round = dispute.FiledRound + 1; dispute.IsOpen && round <= dispute.FiledRound + rounds; round++)
        {
            var (next, entered, e) = DisputeRules.Advance(dispute, round, context, Parameters);
            Assert.All(entered, s => Assert.Equal(round, s.Round));
            dispute = next;
            stages.AddRange(entered);
            if (e is not null)
            {
                Assert.Null(effect);
                effect = e;
            }
        }

        return new Course(dispute, stages.ToImmutable(), effect);
    }

    /// <summary>The stage names of a course, in order.</summary>
    public static ImmutableArray<string> Names(this Course course) => [.. course.Stages.Select(s => s.Stage)];
}

/// <summary>A dispute driven to its end: its last state, every stage row, and what its end changes.</summary>
internal sealed record Course(DisputeState Final, ImmutableArray<DisputeStageRow> Stages, DisputeEffect? Effect);
