using System.Globalization;

namespace DigitalTrade.Model.Tests.Equilibrium;

/// <summary>
/// Published numbers transcribed as printed (Fixtures/README.md: the book's Stata logs, ge_gravity's
/// example), so that each comparison allows exactly the rounding of its printed digits.
/// </summary>
internal static class LogFixture
{
    /// <summary>Rows of a fixture CSV after its header, split on commas.</summary>
    public static List<string[]> Rows(string file)
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "DigitalTrade.Model.Tests", "Equilibrium", "Fixtures", file);
        return [.. File.ReadAllLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))];
    }

    /// <summary>The printed value and half a unit of its last printed digit (plain or R's 7.047388e+05 notation).</summary>
    public static (double Value, double HalfUnit) Parse(string printed)
    {
        var e = printed.IndexOfAny(['e', 'E']);
        var mantissa = e < 0 ? printed : printed[..e];
        var exponent = e < 0 ? 0 : int.Parse(printed[(e + 1)..], CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var decimals = dot < 0 ? 0 : mantissa.Length - dot - 1;
        return (double.Parse(printed, CultureInfo.InvariantCulture), 0.5 * Math.Pow(10, exponent - decimals));
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
