using System.Globalization;

namespace DigitalTrade.Model.Tests.Equilibrium;

/// <summary>
/// Numbers transcribed from the book's Stata logs (Fixtures/README.md), kept as printed so that each
/// comparison allows exactly the rounding of its printed digits.
/// </summary>
internal static class LogFixture
{
    /// <summary>Rows of a fixture CSV after its header, split on commas.</summary>
    public static List<string[]> Rows(string file)
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "DigitalTrade.Model.Tests", "Equilibrium", "Fixtures", file);
        return [.. File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))];
    }

    /// <summary>The printed value and half a unit of its last printed digit.</summary>
    public static (double Value, double HalfUnit) Parse(string printed)
    {
        var dot = printed.IndexOf('.', StringComparison.Ordinal);
        var decimals = dot < 0 ? 0 : printed.Length - dot - 1;
        return (double.Parse(printed, CultureInfo.InvariantCulture), 0.5 * Math.Pow(10, -decimals));
    }

    /// <summary>
    /// Asserts that <paramref name="actual"/> is within half a unit of the printed value's last digit
    /// plus <paramref name="slack"/>: the part of the gap that is not rounding (Stata's PPML stops
    /// short of exact convergence, and the costs here use the coefficients as printed).
    /// </summary>
    public static double Matches(string printed, double actual, double slack, string what)
    {
        var (value, half) = Parse(printed);
        var gap = Math.Abs(actual - value);
        Assert.True(gap <= half + slack, $"{what}: computed {actual:R}, published {printed}");
        return Math.Max(0.0, gap - half);
    }
}
