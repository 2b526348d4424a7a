using DigitalTrade.Model.Growth;
using DigitalTrade.Model.State;
using DigitalTrade.Model.Trade;

namespace DigitalTrade.Model.Engine;

/// <summary>
/// What a member state does to its own state at the end of a round, once the trade phase is
/// solved: take its trade result (round 0 fixes the base of the real-income index) and grow.
/// The member grain and the reference engine both call exactly this.
/// </summary>
public static class MemberSteps
{
    /// <summary>The state the country starts the next round with.</summary>
    public static CountryState CloseRound(CountryState state, CountryTradeResult result, int round, MemberContext context)
    {
        if (result.Iso3 != state.Iso3)
        {
            throw new ArgumentException($"trade result for {result.Iso3} given to {state.Iso3}", nameof(result));
        }

        var absorbed = round == 0 ? state with { BaselineRealIncome = result.RealIncome } : state;
        return GrowthRule.Grow(absorbed, round, context.Seed, context.RoundDays, context.Parameters.Growth);
    }
}
