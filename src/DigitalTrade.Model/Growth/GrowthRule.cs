using System.Collections.Immutable;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Randomness;
using DigitalTrade.Model.State;

namespace DigitalTrade.Model.Growth;

/// <summary>
/// Phase 5 of a round (DESIGN §5.8): every endowment of a country grows by the trend rate for
/// the round's length plus one seeded country shock:
/// Q' = Q · exp(ln(1 + g) · Δ + σ · √Δ · z), Δ = round days / 365, z ~ N(0, 1) keyed by
/// (seed, growth, round, country).
/// </summary>
public static class GrowthRule
{
    /// <summary>Days in a year for converting annual rates.</summary>
    public const double DaysPerYear = 365.0;

    /// <summary>The log growth factor of a country over one round.</summary>
    public static double LogGrowth(string iso3, int round, ulong seed, int roundDays, GrowthParameters growth)
    {
        var years = roundDays / DaysPerYear;
        var rate = growth.AnnualRateByCountry.TryGetValue(iso3, out var r) ? r : growth.AnnualRate;
        var shock = growth.ShockSdAnnual == 0.0
            ? 0.0
            : growth.ShockSdAnnual * Math.Sqrt(years) * CounterRng.Normal(seed, RandomStreams.Growth, (ulong)round, CounterRng.Key(iso3));
        return (Math.Log(1.0 + rate) * years) + shock;
    }

    /// <summary>The country after growth at the end of the given round, with an extra log growth (the income feedback).</summary>
    public static CountryState Grow(CountryState state, int round, ulong seed, int roundDays, GrowthParameters growth, double extraLog = 0.0)
    {
        var factor = Math.Exp(LogGrowth(state.Iso3, round, seed, roundDays, growth) + extraLog);
        return state with
        {
            Endowment = state.Endowment.Select(q => q * factor).ToImmutableArray(),
            OtherOutput = state.OtherOutput * factor,
        };
    }
}
