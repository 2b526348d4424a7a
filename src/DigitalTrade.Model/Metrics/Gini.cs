namespace DigitalTrade.Model.Metrics;

/// <summary>
/// The Gini coefficient of a set of non-negative values, each country counting once (the digital
/// divide across states, DESIGN §5.5): G = Σ_i Σ_j |x_i − x_j| / (2 n² x̄), 0 for equal values.
/// </summary>
public static class Gini
{
    /// <summary>The coefficient; 0 for an empty set or when every value is 0.</summary>
    public static double Of(IReadOnlyList<double> values)
    {
        var n = values.Count;
        if (n == 0)
        {
            return 0.0;
        }

        var sorted = values.ToArray();
        Array.Sort(sorted);
        if (sorted[0] < 0.0 || double.IsNaN(sorted[^1]) || double.IsNaN(sorted[0]))
        {
            throw new ArgumentException("the Gini coefficient needs non-negative values", nameof(values));
        }

        // Σ_i Σ_j |x_i − x_j| = 2 Σ_k k (n − k) (x_(k+1) − x_(k)): a sum of non-negative gaps, so equal
        // values give exactly 0 and rounding never makes the coefficient negative.
        double total = 0.0, gaps = 0.0;
        for (var k = 0; k < n; k++)
        {
            total += sorted[k];
            if (k > 0)
            {
                gaps += (double)k * (n - k) * (sorted[k] - sorted[k - 1]);
            }
        }

        return total == 0.0 ? 0.0 : gaps / (n * total);
    }
}
