namespace DigitalTrade.Model.Equilibrium;

/// <summary>
/// The do-files' convergence test, literally: Stata's <c>summarize</c> of δ over the N² rows of the
/// exporter × importer grid, then "continue while sd(δ) &gt; 0.01 or |max(δ)| &gt; 0.01" with the
/// signed maximum, so a large negative minimum does not keep the loop going.
/// </summary>
public static class AgtpaStoppingRule
{
    /// <summary>Summary of δ with each exporter's value repeated N times (denominator N² − 1).</summary>
    public static AgtpaRound Summarize(int step, double[] delta)
    {
        var n = delta.Length;
        var rows = (double)n * n;
        var mean = 0.0;
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var d in delta)
        {
            mean += d;
            min = Math.Min(min, d);
            max = Math.Max(max, d);
        }

        mean /= n;
        var squares = 0.0;
        foreach (var d in delta)
        {
            squares += (d - mean) * (d - mean);
        }

        var sd = rows > 1 ? Math.Sqrt(n * squares / (rows - 1.0)) : 0.0;
        return new AgtpaRound(step, mean, sd, min, max);
    }

    /// <summary>True while the loop must run another round.</summary>
    public static bool Continues(AgtpaRound round, double threshold) =>
        round.StandardDeviation > threshold || Math.Abs(round.Max) > threshold;
}
