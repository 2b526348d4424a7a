using System.Collections.Immutable;
using DigitalTrade.Model.Equilibrium;
using DigitalTrade.Model.Estimation;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Trade;

namespace DigitalTrade.Model.Experiments;

/// <summary>
/// Runs a GE experiment (docs/trade-core.md): PPML estimation of trade costs (with the second stage
/// where it is asked for), baseline and counterfactual costs for the baseline year, the baseline flows
/// (the fit of the baseline costs to the observed outputs and expenditures, or the observed flows
/// themselves), then the conditional and full-endowment equilibria with the chosen solver.
/// </summary>
public static class GeExperimentRunner
{
    private static readonly SolverParameters Balancing = new() { Tolerance = 1e-13, MaxIterations = 100_000 };

    /// <summary>Runs the experiment on its panel.</summary>
    public static GeExperimentResult Run(GeExperiment experiment, GravityPanel panel)
    {
        var spec = experiment.Estimation;
        var directed = spec.FixedEffects.Contains(FixedEffectKind.DirectedPair);
        var pairDimension = spec.FixedEffects.IndexOf(directed ? FixedEffectKind.DirectedPair : FixedEffectKind.Pair);
        if (directed && spec.FixedEffects.Contains(FixedEffectKind.Pair))
        {
            throw new ArgumentException("give one pair fixed effect, pair or directed_pair, not both");
        }

        if (pairDimension >= 0 && spec.InternationalOnly && experiment.Baseline == GeBaseline.Fitted)
        {
            throw new ArgumentException(
                "pair effects estimated on international flows alone say nothing of trade costs relative to domestic sales, so they cannot give a fitted baseline; use the observed baseline flows");
        }

        if (experiment.Solver == GeSolver.Agtpa && experiment.Baseline == GeBaseline.Observed)
        {
            throw new ArgumentException("the agtpa procedure fits its own baseline to the estimated costs, so it needs the fitted baseline flows");
        }

        var index = new PanelIndex(panel);
        var sample = EstimationDesign.Sample(panel, spec);
        var first = Ppml.Fit(EstimationDesign.Problem(panel, sample, spec, experiment.ReferenceCountry, index));
        var coefficients = Estimates("first", first).ToList();
        var costs = pairDimension < 0
            ? PairCosts.None(index.Countries.Length)
            : PairCosts.FromPairEffects(first.FixedEffects[pairDimension], directed, index, panel, experiment.BaselineYear);
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
        var (baseline, baselineIterations) = experiment.Baseline == GeBaseline.Observed
            ? (observed, 0)
            : Fit(ConditionalEquilibrium.Solve(baselineCost, FlowMatrix.RowSums(observed), FlowMatrix.ColumnSums(observed), reference, Balancing));
        var tau = Ratio(counterfactualCost, baselineCost);

        var solved = experiment.Solver switch
        {
            GeSolver.Agtpa => Agtpa(AgtpaProcedure.Run(baseline, baselineCost, counterfactualCost, experiment.Sigma, reference)),
            GeSolver.GeGravity => GeGravityFixedPoint(GeGravityCounterfactual.Solve(baseline, tau, experiment.Theta, experiment.Imbalances, reference), experiment.Imbalances),
            _ => Exact(ExactCounterfactual.Solve(baseline, tau, experiment.Sigma, reference)),
        };
        return new GeExperimentResult(
            [.. coefficients],
            [.. solved.Changes.Select(c => new CountryGeChange(index.Countries[c.Country], c))],
            Pairs(index, baseline, solved.Conditional, solved.Full, baselineCost, counterfactualCost),
            new GeDiagnostics(
                solved.Solver, solved.Closure, sample.Length, first.DroppedObservations.Length, first.Iterations, secondIterations,
                costs.Filled, baselineIterations, solved.ConditionalIterations, solved.FullIterations, solved.FullMaxResidual)
            {
                Baseline = experiment.Baseline == GeBaseline.Observed ? "observed" : "fitted",
            });
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

    private static (double[,] Flows, int Iterations) Fit(SectorEquilibrium fit) => (fit.Flows, fit.Iterations);

    private static Solution Exact(ExactCounterfactualResult result) => new(
        "exact", "kappa: imbalances held as a share of output, world expenditure rescaled to world income",
        GeIndexes.PercentChanges(result), result.Conditional.Flows, result.Full.Flows,
        result.Conditional.Iterations, result.Full.Iterations, result.Full.MaxResidual);

    // The book's procedure reports neither RAS iterations nor a market-clearing residual: it stops on its own rule.
    private static Solution Agtpa(AgtpaResult result) => new(
        "agtpa", "the AGTPA book's iterative GE-PPML procedure (gravity-methods §5.2)",
        GeIndexes.PercentChanges(result), result.Conditional.Flows, result.Full.Flows, null, result.Iterations, null);

    private static Solution GeGravityFixedPoint(GeGravityCounterfactualResult result, ImbalanceClosure closure) => new(
        "ge_gravity",
        closure == ImbalanceClosure.Multiplicative
            ? "multiplicative: expenditure a fixed multiple of output, E' = E·ŵ; world output is the numeraire (ge_gravity's mult)"
            : "additive: deficits D = E − Y held in levels, E' = Y·ŵ + D; world output is the numeraire (ge_gravity's default)",
        GeIndexes.PercentChanges(result), result.Conditional.Flows, result.Full.Flows,
        result.Conditional.Iterations, result.Full.Iterations, result.MaxClearingGap);

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
