using DigitalTrade.Model.Estimation;

namespace DigitalTrade.Model.Experiments;

/// <summary>
/// The second stage of the two-stage trade costs (gravity-methods.md §3 A): PPML of the estimated
/// pair costs t̄_ij = exp(γ_ij) of the baseline year's international pairs on exporter and importer
/// fixed effects and gravity covariates; its predictions fill the pairs the first stage could not
/// estimate.
/// </summary>
public static class SecondStage
{
    /// <summary>The fit, and the predicted ln t̄ of any international pair of the baseline year.</summary>
    public static (PpmlResult Fit, Func<int, int, double> PredictLog) Run(
        GravityPanel panel, PanelIndex index, PairCosts costs, SecondStageSpec spec, int baselineYear)
    {
        var rows = Enumerable.Range(0, panel.Count)
            .Where(o => panel.Year[o] == baselineYear && panel.Exporter[o] != panel.Importer[o])
            .Where(o => !double.IsNaN(costs.LogBar[index.Country(panel.Exporter[o]), index.Country(panel.Importer[o])]))
            .ToArray();
        var problem = new PpmlProblem(
            [.. rows.Select(o => Math.Exp(costs.LogBar[index.Country(panel.Exporter[o]), index.Country(panel.Importer[o])]))],
            spec.Covariates,
            [.. spec.Covariates.Select(c => rows.Select(o => Covariates.Value(panel, c, o)).ToArray())],
            null,
            [
                new FixedEffect("exporter", [.. rows.Select(o => index.Country(panel.Exporter[o]))]),
                new FixedEffect("importer", [.. rows.Select(o => index.Country(panel.Importer[o]))]),
            ],
            EstimationDesign.Clusters(panel, rows, spec.Cluster, index));
        var fit = Ppml.Fit(problem);
        var observation = BaselineObservations(panel, index, baselineYear);
        double PredictLog(int i, int j)
        {
            var o = observation[i, j];
            var exporter = fit.FixedEffects[0];
            var importer = fit.FixedEffects[1];
            if (o < 0 || !exporter.Present[i] || !importer.Present[j])
            {
                throw new ArgumentException($"the second stage cannot predict the cost of {index.Countries[i]}→{index.Countries[j]}: a country has no estimated effect");
            }

            var log = exporter.Values[i] + importer.Values[j];
            for (var k = 0; k < spec.Covariates.Length; k++)
            {
                log += fit.Coefficients[k] * Covariates.Value(panel, spec.Covariates[k], o);
            }

            return log;
        }

        return (fit, PredictLog);
    }

    /// <summary>The observation of each directed pair in the baseline year (−1 where there is none).</summary>
    public static int[,] BaselineObservations(GravityPanel panel, PanelIndex index, int baselineYear)
    {
        var n = index.Countries.Length;
        var observation = new int[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                observation[i, j] = -1;
            }
        }

        for (var o = 0; o < panel.Count; o++)
        {
            if (panel.Year[o] == baselineYear)
            {
                observation[index.Country(panel.Exporter[o]), index.Country(panel.Importer[o])] = o;
            }
        }

        return observation;
    }
}
