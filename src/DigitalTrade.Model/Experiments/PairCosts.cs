using DigitalTrade.Model.Estimation;

namespace DigitalTrade.Model.Experiments;

/// <summary>
/// Trade costs in the power form t^(1−σ) = exp(ln t̄_ij + Σ_k β_k x_k,ij) for the baseline year, from
/// the estimated coefficients and, with pair fixed effects, the estimated pair effects ln t̄_ij
/// (0 for domestic pairs, the omitted category), filled by the second stage where the first stage
/// has none (gravity-methods.md §3).
/// </summary>
public sealed class PairCosts
{
    private PairCosts(double[,] logBar, int filled)
    {
        LogBar = logBar;
        Filled = filled;
    }

    /// <summary>ln t̄_ij: the pair effect (zero without pair fixed effects).</summary>
    public double[,] LogBar { get; }

    /// <summary>How many directed pairs the second stage filled.</summary>
    public int Filled { get; }

    /// <summary>No pair effects: every ln t̄ is 0.</summary>
    public static PairCosts None(int n) => new(new double[n, n], 0);

    /// <summary>The pair effects of a first stage with a (symmetric or directed) pair dimension; missing ones are NaN until filled.</summary>
    public static PairCosts FromPairEffects(FixedEffectEstimates pairs, bool directed, PanelIndex index, GravityPanel panel, int baselineYear)
    {
        var n = index.Countries.Length;
        var logBar = new double[n, n];
        for (var o = 0; o < panel.Count; o++)
        {
            if (panel.Year[o] != baselineYear)
            {
                continue;
            }

            int i = index.Country(panel.Exporter[o]), j = index.Country(panel.Importer[o]);
            var group = EstimationDesign.PairGroup(panel, index, o, directed);
            logBar[i, j] = i == j ? 0.0 : group < pairs.Present.Length && pairs.Present[group] ? pairs.Values[group] : double.NaN;
        }

        return new PairCosts(logBar, 0);
    }

    /// <summary>Fills the missing pair effects with the second stage's predictions (log scale).</summary>
    public PairCosts Fill(Func<int, int, double> predictedLog)
    {
        var n = LogBar.GetLength(0);
        var filled = 0;
        var logBar = (double[,])LogBar.Clone();
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (double.IsNaN(logBar[i, j]))
                {
                    logBar[i, j] = predictedLog(i, j);
                    filled++;
                }
            }
        }

        return new PairCosts(logBar, filled);
    }

    /// <summary>True when a pair still has no cost (no second stage to fill it).</summary>
    public bool HasMissing() => LogBar.Cast<double>().Any(double.IsNaN);
}
