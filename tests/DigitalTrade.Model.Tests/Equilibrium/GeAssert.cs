using System.Collections.Immutable;
using DigitalTrade.Model.Equilibrium;

namespace DigitalTrade.Model.Tests.Equilibrium;

/// <summary>Comparisons of whole report tables.</summary>
internal static class GeAssert
{
    /// <summary>Every percent column of every country within <paramref name="tolerance"/> percentage points.</summary>
    public static void SameTable(ImmutableArray<CountryChange> expected, ImmutableArray<CountryChange> actual, double tolerance)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            var e = Columns(expected[i]);
            var a = Columns(actual[i]);
            for (var c = 0; c < e.Length; c++)
            {
                Assert.True(Math.Abs(e[c] - a[c]) <= tolerance, $"country {i} {GeIndexes.Columns[c]}: {e[c]:R} vs {a[c]:R}");
            }
        }
    }

    /// <summary>The nine percent columns in <see cref="GeIndexes.Columns"/> order.</summary>
    public static double[] Columns(CountryChange c) =>
        [c.ExportsCdlPct, c.ExportsFullPct, c.PriceFullPct, c.ImrCdlPct, c.ImrFullPct, c.OmrCdlPct, c.OmrFullPct, c.RealGdpFullPct, c.WelfarePct];

    /// <summary>Largest absolute value over all columns and countries.</summary>
    public static double Largest(ImmutableArray<CountryChange> table) => table.Max(c => Columns(c).Max(Math.Abs));
}
