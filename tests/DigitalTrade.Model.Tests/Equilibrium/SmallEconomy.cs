namespace DigitalTrade.Model.Tests.Equilibrium;

/// <summary>
/// A four-country economy built in code, with trade imbalances (E ≠ Y for every country) and a
/// mixed shock: a free-trade area between 0 and 1, a new barrier between 2 and 3, and a cheaper
/// route from 0 to 2.
/// </summary>
internal static class SmallEconomy
{
    public const double Sigma = 5.0;

    public static double[,] Flows =>
        new double[,]
        {
            { 100.0, 12.0, 5.0, 3.0 },
            { 8.0, 60.0, 4.0, 2.0 },
            { 6.0, 3.0, 40.0, 1.5 },
            { 2.0, 1.0, 2.5, 20.0 },
        };

    /// <summary>τ = t_CFL/t_BLN in the t^(1−σ) form: above 1 is cheaper trade.</summary>
    public static double[,] Shock =>
        new double[,]
        {
            { 1.0, 1.8, 1.2, 1.0 },
            { 1.8, 1.0, 1.0, 1.0 },
            { 1.0, 1.0, 1.0, 0.6 },
            { 1.0, 1.0, 0.6, 1.0 },
        };

    /// <summary>A matrix of ones: the zero shock.</summary>
    public static double[,] Ones(int n)
    {
        var ones = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                ones[i, j] = 1.0;
            }
        }

        return ones;
    }

    /// <summary>t_ij · exp(a_i + b_j) with arbitrary country terms.</summary>
    public static double[,] Rescaled(double[,] t)
    {
        var n = t.GetLength(0);
        var scaled = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                scaled[i, j] = t[i, j] * Math.Exp((0.7 * i) - 1.3 + (0.4 * Math.Sin(3.0 * j)) + (0.25 * j));
            }
        }

        return scaled;
    }

    public static double[] RowSums(double[,] x) =>
        [.. Enumerable.Range(0, x.GetLength(0)).Select(i => Enumerable.Range(0, x.GetLength(1)).Sum(j => x[i, j]))];

    public static double[] ColumnSums(double[,] x) =>
        [.. Enumerable.Range(0, x.GetLength(1)).Select(j => Enumerable.Range(0, x.GetLength(0)).Sum(i => x[i, j]))];

    /// <summary>Asserts |expected − actual| ≤ tolerance · max(1, |expected|).</summary>
    public static void Near(double expected, double actual, double tolerance, string what)
    {
        var gap = Math.Abs(expected - actual);
        Assert.True(gap <= tolerance * Math.Max(1.0, Math.Abs(expected)), $"{what}: expected {expected:R}, got {actual:R} (gap {gap:G3}, tolerance {tolerance:G3})");
    }
}
