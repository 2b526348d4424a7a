using System.Collections.Immutable;
using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Digital;
using DigitalTrade.Model.Events;
using DigitalTrade.Model.Growth;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.State;
using DigitalTrade.Model.Trade;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Engine;

/// <summary>
/// What a member state does to its own state in each of its phases. The member grain and the reference
/// engine both call exactly these.
/// </summary>
public static class MemberSteps
{
    /// <summary>
    /// Phase 1: the round's events that concern the country, then the bindings of agreements whose
    /// coverage of its pairs starts this round (accessions, agreements entering into force).
    /// </summary>
    public static CountryState OpenRound(
        CountryState state, IEnumerable<ScenarioEvent> events, IReadOnlyList<AgreementDefinition> agreements, int round, MemberContext context)
    {
        var opened = EventRules.Apply(state, events, context.Countries, context.Parameters);
        if (round >= 1)
        {
            foreach (var agreement in agreements)
            {
                opened = AgreementRules.Open(opened, agreement, round);
            }
        }

        return opened;
    }

    /// <summary>Phase 2: the country's proposed barrier changes.</summary>
    public static ImmutableArray<PolicyProposal> Decide(CountryState state, double reciprocity, int round, MemberContext context) =>
        PolicyRules.Propose(state, reciprocity, round, context.Seed, context.Parameters.Policy);

    /// <summary>Phase 3, the member's side: its proposals as the agreements ruled on them.</summary>
    public static CountryState ApplyPolicy(
        CountryState state, IReadOnlyList<PolicyProposal> proposals, IReadOnlyList<CommitmentRuling> rulings, int round, MemberContext context) =>
        round < 1 ? state : PolicyRules.Apply(state, proposals, rulings, context.Countries, round);

    /// <summary>
    /// Phases 5: takes the trade result (round 0 fixes the base of the real-income index), remembers import
    /// penetration and the gains from trade, lets readiness catch up (raising digital productivity), and
    /// grows with the trend, the seeded shock and the feedback of the gains from trade.
    /// </summary>
    public static CountryState CloseRound(CountryState state, CountryTradeResult result, int round, MemberContext context)
    {
        if (result.Iso3 != state.Iso3)
        {
            throw new ArgumentException($"trade result for {result.Iso3} given to {state.Iso3}", nameof(result));
        }

        var parameters = context.Parameters;
        var absorbed = round == 0 ? state with { BaselineRealIncome = result.RealIncome } : state;
        var e = (int)Sector.Ecommerce;
        var d = (int)Sector.Digital;
        var spending = result.Expenditure[e] + result.Expenditure[d];
        var penetration = spending > 0.0 ? (result.Imports[e] + result.Imports[d]) / spending : 0.0;
        var quantity = state.Endowment.Sum() + state.OtherOutput;
        var gains = quantity > 0.0 ? result.RealIncome / quantity : 1.0;
        var memory = state.Memory;
        var feedback = memory.Rounds >= 1 && memory.GainsRatio > 0.0 && gains > 0.0
            ? parameters.Growth.IncomeFeedback * Math.Log(gains / memory.GainsRatio)
            : 0.0;
        absorbed = absorbed with
        {
            Memory = memory with
            {
                Rounds = memory.Rounds + 1,
                PreviousImportPenetration = memory.ImportPenetration,
                ImportPenetration = penetration,
                GainsRatio = gains,
                PreviousGainsRatio = memory.GainsRatio,
            },
        };

        var caughtUp = WithReadiness(
            absorbed, ReadinessRules.Drift(absorbed.Digital.Readiness, context.RoundDays, parameters.Readiness), parameters.Readiness.ProductivityElasticity);
        return GrowthRule.Grow(caughtUp, round, context.Seed, context.RoundDays, parameters.Growth, feedback);
    }

    /// <summary>
    /// The country at a new readiness: digital-sector productivity scales with R^η (DESIGN §5.8), so the
    /// digital endowment moves by (R' / R)^η.
    /// </summary>
    public static CountryState WithReadiness(CountryState state, double readiness, double elasticity)
    {
        var before = state.Digital.Readiness;
        if (readiness == before)
        {
            return state;
        }

        var d = (int)Sector.Digital;
        var factor = Math.Pow(readiness / before, elasticity);
        return state with
        {
            Digital = state.Digital with { Readiness = readiness },
            Endowment = state.Endowment.SetItem(d, state.Endowment[d] * factor),
        };
    }
}
