using System.Collections.Immutable;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.Randomness;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Disputes;

/// <summary>What a dispute's end does to the states: put the binding back, or authorise retaliation.</summary>
/// <param name="Country">The state that changes: the respondent (restore) or the complainant (retaliate).</param>
/// <param name="Partner">The other party.</param>
/// <param name="Agreement">The binding's agreement (restore).</param>
/// <param name="Measure">The binding's measure (restore).</param>
/// <param name="RetaliationRate">The ad valorem surcharge on the partner's goods (retaliate), else 0.</param>
/// <param name="DisputeId">The dispute.</param>
public sealed record DisputeEffect(string Country, string Partner, string Agreement, Measure Measure, double RetaliationRate, string DisputeId)
{
    /// <summary>True for retaliation, false for restoring the binding.</summary>
    public bool Retaliates => RetaliationRate > 0.0;
}

/// <summary>
/// Dispute procedures as pure functions (DESIGN §5.7): which forum hears a matter, whether a harmed state
/// files, how a dispute moves from stage to stage with seeded draws, and what its end changes. Also the
/// expected cost of breaking a commitment that the policy phase weighs: each forum's real deterrence.
/// </summary>
public static class DisputeRules
{
    /// <summary>Rounds a stage of the given days lasts: days / round length, rounded up (0 days: no stage).</summary>
    public static int Rounds(int days, int roundDays) => days <= 0 ? 0 : (days + roundDays - 1) / roundDays;

    /// <summary>The procedure of a forum (the digital mechanism's own when the scenario gives one).</summary>
    public static ForumProcedure Procedure(Forum forum, DisputeContext context) => forum switch
    {
        Forum.Wto => context.Parameters.Wto,
        Forum.Rcep => context.Parameters.Rcep,
        Forum.Digital => context.Mechanism?.Procedure ?? context.Parameters.Digital,
        _ => context.Parameters.None,
    };

    /// <summary>True when the forum can hear a matter between the two on the provision at the round.</summary>
    public static bool Hears(Forum forum, string complainant, string respondent, string provision, int round, DisputeContext context)
    {
        switch (forum)
        {
            case Forum.Digital:
                return context.Mechanism?.Hears(complainant, respondent, provision, round) ?? false;
            case Forum.Rcep:
                var rcep = context.Agreements.FirstOrDefault(a => a.Id == context.Parameters.RcepAgreement);
                return rcep is not null && rcep.Covers(complainant, respondent, round);
            case Forum.Wto:
                return context.Profile(complainant).WtoMember && context.Profile(respondent).WtoMember
                    && DigitalMechanism.Covers(context.Parameters.WtoCoverage, provision);
            default:
                return true;
        }
    }

    /// <summary>
    /// The forum and provision a complainant takes the matter to: the first forum in the scenario's order of
    /// preference that hears any of the binding's provisions (political consultations always can).
    /// </summary>
    public static (Forum Forum, string Provision) Choose(string complainant, string respondent, IReadOnlyList<string> provisions, int round, DisputeContext context)
    {
        foreach (var forum in context.Parameters.ForumPreference)
        {
            foreach (var provision in provisions)
            {
                if (Hears(forum, complainant, respondent, provision, round, context))
                {
                    return (forum, provision);
                }
            }
        }

        return (Forum.None, provisions[0]);
    }

    /// <summary>
    /// True when the RCEP forum would send the matter to a panel: the provision is covered by chapter 19 in
    /// the RCEP agreement; e-commerce chapter matters are not (Art. 12.17) and go to the Joint Committee.
    /// </summary>
    public static bool RcepPanel(string provision, DisputeContext context)
    {
        var rcep = context.Agreements.FirstOrDefault(a => a.Id == context.Parameters.RcepAgreement);
        var covered = rcep?.Provisions.FirstOrDefault(p => p.Name == provision);
        return covered?.DisputeSettlement ?? !provision.StartsWith("ecommerce.", StringComparison.Ordinal);
    }

    /// <summary>
    /// The expected cost, in policy-score units, of breaking a commitment towards the partner: the deterrence
    /// weight times the chance that a dispute in the forum the partner would use ends in a binding adverse
    /// ruling, discounted by the time it takes; the unenforced cost where no forum can rule (political
    /// consultations, RCEP's Joint Committee).
    /// </summary>
    public static double ExpectedCost(string partner, string importer, IReadOnlyList<string> provisions, int round, DisputeContext context, PolicyParameters policy)
    {
        var (forum, provision) = Choose(partner, importer, provisions, round, context);
        if (forum == Forum.None || (forum == Forum.Rcep && !RcepPanel(provision, context)))
        {
            return policy.UnenforcedCommitmentCost;
        }

        var p = Procedure(forum, context);
        // Only a WTO appeal can go into the void (the Appellate Body has no members; the MPIA is a WTO arrangement).
        var appealHeard = forum != Forum.Wto || (context.Profile(partner).MpiaParticipant && context.Profile(importer).MpiaParticipant);
        var binding = (1.0 - p.SettleProbability) * p.WinProbability
            * (p.AppealProbability > 0.0 ? (1.0 - p.AppealProbability) + (p.AppealProbability * (appealHeard ? p.UpholdProbability : 0.0)) : 1.0);
        var days = p.ConsultationDays + p.PanelDays + (p.AppealProbability > 0.0 ? p.AppealProbability * p.AppealDays : 0.0);
        var cost = context.Parameters.DeterrenceWeight * binding * Math.Pow(context.Parameters.DiscountAnnual, days / 365.0);
        return Math.Max(cost, policy.UnenforcedCommitmentCost);
    }

    /// <summary>
    /// The harm a broken commitment does to the complainant's exports: for each digital sector, its exports to
    /// the respondent times exp(−β_bar w_m ΔB) − 1, the exports lost to the rise ΔB above the bound.
    /// </summary>
    public static (double Harm, double Exports) Harm(double ecommerceExports, double digitalExports, Measure measure, double rise, ModelParameters parameters)
    {
        var beta = parameters.DigitalCosts;
        var m = (int)measure;
        if (!Measures.IsDigital(measure) || rise <= 0.0)
        {
            return (0.0, ecommerceExports + digitalExports);
        }

        var harm = (ecommerceExports * (Math.Exp(-beta.Restrictiveness.Ecommerce * beta.EcommerceWeights[m] * rise) - 1.0))
                 + (digitalExports * (Math.Exp(-beta.Restrictiveness.Digital * beta.DigitalWeights[m] * rise) - 1.0));
        return (Math.Max(0.0, harm), ecommerceExports + digitalExports);
    }

    /// <summary>
    /// Whether the harmed partner files, and the dispute if it does: the chance is its legal capacity times
    /// 1 − exp(−harm share / scale), zero below the harm threshold; a seeded draw decides.
    /// </summary>
    public static DisputeState? File(
        CommitmentRuling ruling, double harm, double exportsHit, double respondentGoodsExports, int round, DisputeContext context)
    {
        if (ruling.Outcome is not (RulingOutcome.Violated or RulingOutcome.PublicPolicyException) || exportsHit <= 0.0)
        {
            return null; // blocked increases harm nobody; security measures "shall not be disputed"
        }

        var p = context.Parameters;
        var share = harm / exportsHit;
        if (share < p.HarmThreshold)
        {
            return null;
        }

        var capacity = Math.Pow(context.Profile(ruling.Partner).GdpUsdBn / context.LargestGdp, p.CapacityElasticity);
        var chance = capacity * (1.0 - Math.Exp(-share / p.FilingScale));
        var id = $"r{round}-{ruling.Agreement}-{ruling.Partner}-{ruling.Importer}-{Measures.Name(ruling.Measure)}";
        if (CounterRng.Uniform(context.Seed, RandomStreams.Filing, (ulong)round, CounterRng.Key(id)) >= chance)
        {
            return null;
        }

        var (forum, provision) = Choose(ruling.Partner, ruling.Importer, ruling.Provisions, round, context);
        var consultation = Rounds(Procedure(forum, context).ConsultationDays, context.RoundDays);
        return new DisputeState(
            id, ruling.Partner, ruling.Importer, ruling.Agreement, ruling.Measure, provision, forum, round,
            DisputeStage.Consultations, DisputeStage.Consultations, round + Math.Max(1, consultation), DisputeOutcome.Pending, null,
            harm, respondentGoodsExports);
    }

    /// <summary>
    /// Moves an open dispute through every stage that ends by the round; answers its new state, the stages it
    /// entered, and what its end changes (null when nothing).
    /// </summary>
    public static (DisputeState State, ImmutableArray<DisputeStageRow> Stages, DisputeEffect? Effect) Advance(
        DisputeState dispute, int round, DisputeContext context, ModelParameters parameters)
    {
        var stages = ImmutableArray.CreateBuilder<DisputeStageRow>();
        DisputeEffect? effect = null;
        var p = Procedure(dispute.Forum, context);
        var guard = 0;
        while (dispute.IsOpen && round >= dispute.StageEndRound && guard++ < 16)
        {
            var before = dispute.LastOpenStage;
            var draw = CounterRng.Uniform(context.Seed, RandomStreams.Disputes, (ulong)dispute.StageEndRound, CounterRng.Key(dispute.Id), (ulong)dispute.Stage);
            var second = CounterRng.Uniform(context.Seed, RandomStreams.Disputes, (ulong)dispute.StageEndRound, CounterRng.Key(dispute.Id), 16 + (ulong)dispute.Stage);
            (dispute, effect) = dispute.Stage switch
            {
                DisputeStage.Consultations when draw < p.SettleProbability => Close(dispute, DisputeOutcome.Settled, Restore(dispute)),
                DisputeStage.Consultations when dispute.Forum == Forum.None =>
                    (dispute with { StageEndRound = dispute.StageEndRound + Math.Max(1, Rounds(p.ConsultationDays, context.RoundDays)) }, null),
                DisputeStage.Consultations when dispute.Forum == Forum.Rcep && !RcepPanel(dispute.Provision, context) =>
                    (Enter(dispute, DisputeStage.JointCommittee, p.JointCommitteeDays, context), null),
                DisputeStage.Consultations => (Enter(dispute, DisputeStage.Panel, p.PanelDays, context), null),
                DisputeStage.JointCommittee when draw < p.JointCommitteeResolution => Close(dispute, DisputeOutcome.Withdrawn, Restore(dispute)),
                DisputeStage.JointCommittee => Close(dispute, DisputeOutcome.JointCommittee, null),
                DisputeStage.Panel when draw >= p.WinProbability => Close(dispute, DisputeOutcome.Rejected, null),
                DisputeStage.Panel when p.AppealProbability > 0.0 && second < p.AppealProbability => Appeal(dispute, p, context),
                DisputeStage.Panel => (Enter(dispute, DisputeStage.Compliance, p.ComplianceDays, context), null),
                DisputeStage.Arbitration or DisputeStage.Appeal when draw >= p.UpholdProbability => Close(dispute, DisputeOutcome.Rejected, null),
                DisputeStage.Arbitration or DisputeStage.Appeal => (Enter(dispute, DisputeStage.Compliance, p.ComplianceDays, context), null),
                DisputeStage.Compliance when draw < p.ComplianceProbability => Close(dispute, DisputeOutcome.Complied, Restore(dispute)),
                DisputeStage.Compliance => (Enter(dispute, DisputeStage.Retaliation, p.RetaliationDays, context), null),
                DisputeStage.Retaliation => Close(dispute, DisputeOutcome.RetaliationAuthorized, Retaliate(dispute, context, parameters)),
                _ => throw new InvalidOperationException($"dispute {dispute.Id} cannot leave stage {dispute.Stage}"),
            };

            if (dispute.Stage == DisputeStage.Closed && dispute.LastOpenStage != before)
            {
                stages.Add(new DisputeStageRow(dispute.Id, dispute.ClosedRound!.Value, DisputeNames.Name(dispute.LastOpenStage))); // an appeal into the void
            }

            stages.Add(new DisputeStageRow(dispute.Id, dispute.Stage == DisputeStage.Closed ? dispute.ClosedRound!.Value : EnteredAt(dispute, context), DisputeNames.Name(dispute.Stage)));
            if (!dispute.IsOpen)
            {
                break;
            }
        }

        return (dispute, stages.ToImmutable(), effect);
    }

    /// <summary>The ad valorem rate on the respondent's goods whose trade effect at filing equals the harm: (1 − h / X)^(−1/θ) − 1.</summary>
    public static double RetaliationRate(double harm, double respondentGoodsExports, double theta)
    {
        if (harm <= 0.0 || respondentGoodsExports <= 0.0)
        {
            return 0.0;
        }

        var share = Math.Min(0.95, harm / respondentGoodsExports); // retaliation cannot take more than the trade there is
        return Math.Pow(1.0 - share, -1.0 / theta) - 1.0;
    }

    private static int EnteredAt(DisputeState dispute, DisputeContext context) =>
        dispute.StageEndRound - Math.Max(1, Rounds(DaysOf(dispute.Stage, Procedure(dispute.Forum, context)), context.RoundDays));

    private static int DaysOf(DisputeStage stage, ForumProcedure p) => stage switch
    {
        DisputeStage.Consultations => p.ConsultationDays,
        DisputeStage.Panel => p.PanelDays,
        DisputeStage.Appeal or DisputeStage.Arbitration => p.AppealDays,
        DisputeStage.Compliance => p.ComplianceDays,
        DisputeStage.Retaliation => p.RetaliationDays,
        DisputeStage.JointCommittee => p.JointCommitteeDays,
        _ => 0,
    };

    private static DisputeState Enter(DisputeState dispute, DisputeStage stage, int days, DisputeContext context) =>
        dispute with { Stage = stage, LastOpenStage = stage, StageEndRound = dispute.StageEndRound + Math.Max(1, Rounds(days, context.RoundDays)) };

    private static (DisputeState, DisputeEffect?) Appeal(DisputeState dispute, ForumProcedure p, DisputeContext context)
    {
        if (dispute.Forum != Forum.Wto)
        {
            return (Enter(dispute, DisputeStage.Appeal, p.AppealDays, context), null); // an appeal body that sits
        }

        var bothMpia = context.Profile(dispute.Complainant).MpiaParticipant && context.Profile(dispute.Respondent).MpiaParticipant;
        if (bothMpia)
        {
            return (Enter(dispute, DisputeStage.Arbitration, p.AppealDays, context), null);
        }

        // Since December 2019 an appeal without the MPIA goes "into the void": the report never binds.
        var appealed = dispute with { Stage = DisputeStage.Appeal, LastOpenStage = DisputeStage.Appeal };
        return Close(appealed, DisputeOutcome.AppealIntoVoid, null);
    }

    private static (DisputeState, DisputeEffect?) Close(DisputeState dispute, DisputeOutcome outcome, DisputeEffect? effect) =>
        (dispute with { Stage = DisputeStage.Closed, Outcome = outcome, ClosedRound = dispute.StageEndRound }, effect);

    private static DisputeEffect Restore(DisputeState d) => new(d.Respondent, d.Complainant, d.Agreement, d.Measure, 0.0, d.Id);

    private static DisputeEffect Retaliate(DisputeState d, DisputeContext context, ModelParameters parameters)
    {
        var p = context.Parameters;
        var restraint = d.Forum == Forum.Rcep && p.RcepLeastDeveloped.Contains(d.Respondent) ? p.LdcRestraint : 1.0;
        var rate = RetaliationRate(d.HarmUsdBn * restraint, d.RespondentGoodsExportsUsdBn, parameters.Theta.Goods);
        return new DisputeEffect(d.Complainant, d.Respondent, d.Agreement, d.Measure, rate, d.Id);
    }
}

/// <summary>The disputes side of a round, shared by the reference engine and the simulation grain.</summary>
public static class DisputePhase
{
    /// <summary>
    /// The disputes filed at the end of a round: for each ruling of the round that let an increase through
    /// (a violation, or a public-policy exception, which may be disputed), the harm to the partner's digital
    /// exports at this round's flows, and its decision to file.
    /// </summary>
    public static ImmutableArray<DisputeState> File(
        IReadOnlyList<CommitmentRuling> rulings, IReadOnlyList<State.CountryState> states, Trade.TradeOutcome outcome,
        WorldGeometry world, int round, DisputeContext context, ModelParameters parameters)
    {
        var filed = ImmutableArray.CreateBuilder<DisputeState>();
        foreach (var ruling in rulings)
        {
            if (ruling.Outcome is not (RulingOutcome.Violated or RulingOutcome.PublicPolicyException)
                || !world.Contains(ruling.Partner) || !world.Contains(ruling.Importer))
            {
                continue;
            }

            var c = world.IndexOf(ruling.Partner);
            var r = world.IndexOf(ruling.Importer);
            var respondent = states[r].Policy;
            var binding = respondent.Bindings.First(b => b.Agreement == ruling.Agreement && b.Partner == ruling.Partner && b.Measure == ruling.Measure);
            var rise = respondent.Effective(ruling.Measure, ruling.Partner, round) - binding.BoundAt(round);
            var (harm, exports) = DisputeRules.Harm(
                outcome.Sectors[(int)Sector.Ecommerce].Flows[c, r], outcome.Sectors[(int)Sector.Digital].Flows[c, r], ruling.Measure, rise, parameters);
            if (DisputeRules.File(ruling, harm, exports, outcome.Sectors[(int)Sector.Goods].Flows[r, c], round, context) is { } dispute)
            {
                filed.Add(dispute);
            }
        }

        return filed.ToImmutable();
    }
}
