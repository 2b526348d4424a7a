using DigitalTrade.Model.Metrics;

namespace DigitalTrade.Model.Tests;

/// <summary>Row-by-row comparison of round reports.</summary>
internal static class ReportAssert
{
    /// <summary>
    /// Every row equal as a record and in its text: doubles print as their shortest round-trip
    /// form, so equal text means equal bits (it tells 0 from −0, which record equality does not).
    /// </summary>
    public static void SameRows(RoundReport expected, RoundReport actual, bool includeEvents = true)
    {
        Assert.Equal(expected.Round, actual.Round);
        Same(expected.Countries, actual.Countries);
        Same(expected.CountrySectors, actual.CountrySectors);
        Same(expected.Pairs, actual.Pairs);
        Same([expected.World], [actual.World]);
        if (includeEvents)
        {
            Same(expected.Events, actual.Events);
        }
    }

    private static void Same<T>(IReadOnlyList<T> expected, IReadOnlyList<T> actual)
        where T : notnull
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], actual[i]);
            Assert.Equal(expected[i].ToString(), actual[i].ToString());
        }
    }
}
