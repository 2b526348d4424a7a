using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Digital;

/// <summary>
/// Digital readiness R ∈ (0, 1] (DESIGN §5.5). It starts as a weighted score of internet use and fixed
/// broadband, R⁰ = w_net · users/100 + w_bb · min(1, broadband / saturation), and rises by closing part
/// of its gap to 1: R' = 1 − (1 − R) · e^(−x) for an effort x. Equal efforts close equal shares of a
/// shrinking gap, so returns diminish; no effort can take R past 1.
/// </summary>
public static class ReadinessRules
{
    /// <summary>Readiness when a country has no data at all (assumption: mid-scale).</summary>
    public const double Unknown = 0.5;

    /// <summary>Starting readiness from the data; a missing indicator drops out and the other's weight is rescaled.</summary>
    public static double Initial(CountryProfile profile, ReadinessParameters p)
    {
        double score = 0.0, weight = 0.0;
        if (profile.InternetUsersPct is { } users)
        {
            score += p.InternetWeight * Math.Clamp(users / 100.0, 0.0, 1.0);
            weight += p.InternetWeight;
        }

        if (profile.FixedBroadbandPer100 is { } broadband)
        {
            score += p.BroadbandWeight * Math.Min(1.0, Math.Max(0.0, broadband) / p.BroadbandSaturationPer100);
            weight += p.BroadbandWeight;
        }

        var r = weight > 0.0 ? score / weight : Unknown;
        return Math.Clamp(r, p.Floor, 1.0);
    }

    /// <summary>Closes the share 1 − e^(−effort) of the gap to full readiness.</summary>
    public static double CloseGap(double readiness, double effort, double floor) =>
        effort > 0.0
            ? Math.Clamp(1.0 - ((1.0 - readiness) * Math.Exp(-effort)), floor, 1.0)
            : Math.Clamp(readiness, floor, 1.0); // no effort leaves readiness exactly where it is

    /// <summary>The yearly catch-up over one round: the gap shrinks by the annual share, compounded.</summary>
    public static double Drift(double readiness, int roundDays, ReadinessParameters p)
    {
        var years = roundDays / 365.0;
        return CloseGap(readiness, -Math.Log(1.0 - p.CatchUpAnnual) * years, p.Floor);
    }

    /// <summary>After an investment of <paramref name="usdBn"/> by a country with the given GDP: effort = efficiency · investment / GDP.</summary>
    public static double Invest(double readiness, double usdBn, double gdpUsdBn, ReadinessParameters p) =>
        CloseGap(readiness, gdpUsdBn > 0.0 ? p.InvestmentEfficiency * usdBn / gdpUsdBn : 0.0, p.Floor);

    /// <summary>After training people: effort = efficiency · trainees per million inhabitants.</summary>
    public static double Train(double readiness, double trainees, double populationM, ReadinessParameters p) =>
        CloseGap(readiness, populationM > 0.0 ? p.TrainingEfficiency * trainees / populationM : 0.0, p.Floor);
}
