using System.Collections.Immutable;
using DigitalTrade.Model.Equilibrium;
using DigitalTrade.Model.Estimation;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Trade;

namespace DigitalTrade.Model.Experiments;

/// <summary>
/// Runs a GE experiment (docs/trade-core.md): PPML estimation of trade costs (with the second stage
/// where it is asked for), baseline and counterfactual costs for the baseline year, the baseline as
/// the fit of the baseline costs to the observed outputs and expenditures, then the conditional and
/// full-endowment equilibria with the chosen solver.
/// </summary>
public static class GeExperimentRunner
{
    private static readonly SolverParameters Balancing = new() { Tolerance = 1e-13, MaxIterations = 100_000 };

    /// <summary>Runs the experiment on its panel.</summary>
    public static GeExperimentResult Run(GeExperiment experiment, GravityPanel panel)
    {
        var index = new PanelIndex(panel);
        var spec = experiment.Estimation;
        var sample = EstimationDesign.Sample(panel, spec);
        var first = Ppml.Fit(EstimationDesign.Problem(panel, sample, spec, experiment.ReferenceCountry, index));
        var coefficients = Estimates("first", first).ToList();

        var pairDimension = spec.FixedEffects.IndexOf(FixedEffectKind.Pair);
        var costs = pairDimension < 0
            ? PairCosts.None(index.Countries.Length)
            : PairCosts.FromPairEffects(first.FixedEffects[pairDimension], index, panel, experiment.BaselineYear);
        int? secondIterations = null;
        if (costs.HasMissing())
        {
            var stage = experiment.SecondStage
                ?? throw new ArgumentException("some pairs of the baseline year have no estimated pair effect (they never trade); add a second_stage to fill them");
            var (fit, predict) = SecondStage.Run(panel, index, costs, stage, experiment.BaselineYear);
            costs = costs.Fill(predict);
            coefficients.AddRange(Estimates("second", fit));
            secondIterations = fit.Iterations;
        }

        var observation = SecondStage.BaselineObservations(panel, index, experiment.BaselineYear);
        var (baselineCost, counterfactualCost) = CostMatrices(experiment, panel, index, costs, first, observation);
        var reference = index.Country(experiment.ReferenceCountry);
        var observed = ObservedFlows(panel, observation);
        var baseline = ConditionalEquilibrium.Solve(
            baselineCost, FlowMatrix.RowSums(observed), FlowMatrix.ColumnSums(observed), reference, Balancing);
        var tau = Ratio(counterfactualCost, baselineCost);

        var solved = experiment.Solver == GeSolver.Agtpa
            ? Agtpa(AgtpaProcedure.Run(baseline.Flows, baselineCost, counterfactualCost, experiment.Sigma, reference))
            : Exact(ExactCounterfactual.Solve(baseline.Flows, tau, experiment.Sigma, reference));
        return new GeExperimentResult(
            [.. coefficients],
            [.. solved.Changes.Select(c => new CountryGeChange(index.Countries[c.Country], c))],
            Pairs(index, baseline.Flows, solved.Conditional, solved.Full, baselineCost, counterfactualCost),
            new GeDiagnostics(
                solved.Solver, solved.Closure, sample.Length, first.DroppedObservations.Length, first.Iterations, secondIterations,
                costs.Filled, baseline.Iterations, solved.ConditionalIterations, solved.FullIterations, solved.FullMaxResidual));
    }

    private static (double[,] Baseline, double[,] Counterfactual) CostMatrices(
        GeExperiment experiment, GravityPanel panel, PanelIndex index, PairCosts costs, PpmlResult first, int[,] observation)
    {
        var n = index.Countries.Length;
        var covariates = experiment.Estimation.Covariates;
        var yearOf = Enumerable.Range(0, panel.Count).ToDictionary(o => (panel.Exporter[o], panel.Importer[o], panel.Year[o]));
        var baseline = new double[n, n];
        var counterfactual = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var o = observation[i, j];
                if (o < 0)
                {
                    throw new ArgumentException($"the baseline year {experiment.BaselineYear} has no flow {index.Countries[i]}→{index.Countries[j]}: the GE needs every pair, domestic ones included");
                }

                double lnBaseline = costs.LogBar[i, j], lnCounterfactual = costs.LogBar[i, j];
                for (var k = 0; k < covariates.Length; k++)
                {
                    var x = Covariates.Value(panel, covariates[k], o);
                    lnBaseline += first.Coefficients[k] * x;
                    lnCounterfactual += first.Coefficients[k] * Changed(experiment, panel, covariates[k], o, x, yearOf);
                }

                baseline[i, j] = Math.Exp(lnBaseline);
                counterfactual[i, j] = Math.Exp(lnCounterfactual);
            }
        }

        return (baseline, counterfactual);
    }

    /// <summary>A covariate's counterfactual value: the last change that covers the pair wins.</summary>
    private static double Changed(
        GeExperiment experiment, GravityPanel panel, string covariate, int o, double value, Dictionary<(string, string, int), int> yearOf)
    {
        foreach (var change in experiment.Counterfactual.Where(c => c.Covariate == covariate && c.Covers(panel.Exporter[o], panel.Importer[o])))
        {
            value = change.Value
                ?? (yearOf.TryGetValue((panel.Exporter[o], panel.Importer[o], change.FromYear!.Value), out var other)
                    ? Covariates.Value(panel, covariate, other)
                    : throw new ArgumentException($"no {panel.Exporter[o]}→{panel.Importer[o]} observation in {change.FromYear} to take {covariate} from"));
        }

        return value;
    }

    private static double[,] ObservedFlows(GravityPanel panel, int[,] observation)
    {
        var n = observation.GetLength(0);
        var flows = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                flows[i, j] = panel.Flow[observation[i, j]];
            }
        }

        return flows;
    }

    private static double[,] Ratio(double[,] numerator, double[,] denominator)
    {
        var n = numerator.GetLength(0);
        var ratio = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                ratio[i, j] = numerator[i, j] / denominator[i, j];
            }
        }

        return ratio;
    }

    private static IEnumerable<CoefficientEstimate> Estimates(string stage, PpmlResult fit) =>
        fit.CovariateNames.Select((term, k) => new CoefficientEstimate(stage, term, fit.Coefficients[k], fit.StandardErrors[k]));

    private static Solution Exact(ExactCounterfactualResult result) => new(
        "exact", "kappa: imbalances held as a share of output, world expenditure rescaled to world income",
        GeIndexes.PercentChanges(result), result.Conditional.Flows, result.Full.Flows,
        result.Conditional.Iterations, result.Full.Iterations, result.Full.MaxResidual);

    // The book's procedure reports neither RAS iterations nor a market-clearing residual: it stops on its own rule.
    private static Solution Agtpa(AgtpaResult result) => new(
        "agtpa", "the AGTPA book's iterative GE-PPML procedure (gravity-methods §5.2)",
        GeIndexes.PercentChanges(result), result.Conditional.Flows, result.Full.Flows, null, result.Iterations, null);

    private static ImmutableArray<PairGeFlow> Pairs(
        PanelIndex index, double[,] baseline, double[,] conditional, double[,] full, double[,] baselineCost, double[,] counterfactualCost)
    {
        var n = index.Countries.Length;
        var rows = ImmutableArray.CreateBuilder<PairGeFlow>(n * n);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                rows.Add(new PairGeFlow(index.Countries[i], index.Countries[j], baseline[i, j], conditional[i, j], full[i, j], baselineCost[i, j], counterfactualCost[i, j]));
            }
        }

        return rows.MoveToImmutable();
    }

    /// <summary>What either solver contributes to the result.</summary>
    private sealed record Solution(
        string Solver, string Closure, ImmutableArray<CountryChange> Changes, double[,] Conditional, double[,] Full,
        int? ConditionalIterations, int FullIterations, double? FullMaxResidual);
}
