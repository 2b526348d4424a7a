using System.Runtime.ExceptionServices;

namespace DigitalTrade.Model.Estimation;

/// <summary>
/// Iteratively reweighted least squares for Poisson with the fixed effects concentrated out
/// (the ppmlhdfe algorithm). Each step regresses the working variable z = η − offset + (y − μ)/μ on
/// the covariates with weights μ, after demeaning both by alternating projections. Demeaning starts
/// from the previous iteration's demeaned vectors (z − z_prev + z̃_prev, and X̃_prev): they differ
/// from the new input by a vector in the span of the fixed effects, whose weighted projection is
/// zero whatever the weights, so the result is exact and the projections start nearly converged.
/// </summary>
internal static class Irls
{
    private const double LooseProjectionTolerance = 1e-4;

    /// <summary>Data of the kept observations.</summary>
    internal sealed record Data(double[] Flows, double[] Offset, double[][] Covariates, IReadOnlyList<string> Names);

    /// <summary>
    /// The converged fit. <see cref="Effects"/> is the fixed-effect part of η accumulated by the
    /// projections (<c>[d][g]</c>, compact groups, not normalised); <see cref="Demeaned"/> is X̃ at the
    /// weights of the final μ and <see cref="InverseHessian"/> is (X̃'WX̃)⁻¹ there.
    /// </summary>
    internal sealed record Fit(
        double[] Beta, double[] Eta, double[] Mu, double[][] Effects, double[][] Demeaned, double[][] InverseHessian,
        int Iterations, double Deviance, double RelativeChange, double MaxBetaChange);

    public static Fit Run(Data data, FixedEffectLayout layout, PpmlOptions options)
    {
        var y = data.Flows;
        var n = y.Length;
        var k = data.Covariates.Length;
        var projections = new AlternatingProjections(layout, options.MaxProjectionSweeps);
        var workspaces = Enumerable.Range(0, k + 1).Select(_ => projections.NewWorkspace()).ToArray();
        var rawSquares = new double[k];

        var mean = y.Average();
        var mu = new double[n];
        var eta = new double[n];
        for (var i = 0; i < n; i++)
        {
            mu[i] = (y[i] + mean) / 2.0;
            eta[i] = Math.Log(mu[i]);
        }

        var z = new double[n];
        var previousZ = new double[n];
        var zt = new double[n];
        var xt = data.Covariates.Select(c => (double[])c.Clone()).ToArray();
        var zEffects = layout.NewEffects();
        var xEffects = Enumerable.Range(0, k).Select(_ => layout.NewEffects()).ToArray();
        var beta = new double[k];
        var deviance = Deviance(y, mu);
        var change = double.PositiveInfinity;
        var betaChange = 0.0;

        for (var iteration = 1; iteration <= options.MaxIterations; iteration++)
        {
            projections.SetWeights(mu);
            for (var i = 0; i < n; i++)
            {
                z[i] = eta[i] - data.Offset[i] + ((y[i] - mu[i]) / mu[i]);
                zt[i] = iteration == 1 ? z[i] : z[i] - previousZ[i] + zt[i];
            }

            (previousZ, z) = (z, previousZ);

            // Inexact Newton as in ppmlhdfe: loose projections while far from the optimum, the
            // target tolerance once the deviance settles; convergence is only accepted at the target.
            var tolerance = change < options.Tolerance
                ? options.ProjectionTolerance
                : Math.Max(options.ProjectionTolerance, Math.Min(LooseProjectionTolerance, change / 10.0));
            DemeanAll(projections, workspaces, zt, zEffects, xt, xEffects, tolerance, data.Names);
            for (var p = 0; p < k; p++)
            {
                rawSquares[p] = WeightedLeastSquares.WeightedDot(data.Covariates[p], data.Covariates[p], mu);
            }

            var factor = WeightedLeastSquares.Cholesky(WeightedLeastSquares.Gram(xt, mu), rawSquares, data.Names);
            var rhs = new double[k];
            for (var p = 0; p < k; p++)
            {
                rhs[p] = WeightedLeastSquares.WeightedDot(xt[p], zt, mu);
            }

            var next = WeightedLeastSquares.Solve(factor, rhs);
            betaChange = 0.0;
            for (var p = 0; p < k; p++)
            {
                betaChange = Math.Max(betaChange, Math.Abs(next[p] - beta[p]));
            }

            beta = next;
            for (var i = 0; i < n; i++)
            {
                // η − offset = z − residual: the fitted value of the weighted regression on X and the effects.
                var residual = zt[i];
                for (var p = 0; p < k; p++)
                {
                    residual -= xt[p][i] * beta[p];
                }

                eta[i] = data.Offset[i] + previousZ[i] - residual;
                mu[i] = Math.Exp(eta[i]);
                if (!(mu[i] > 0.0 && mu[i] < double.PositiveInfinity))
                {
                    throw new PpmlConvergenceException(
                        $"PPML diverged at iteration {iteration}: the linear predictor of kept observation {i} is {eta[i]:G4}, beyond exp's range (are the flows separated by a covariate?)");
                }
            }

            var old = deviance;
            deviance = Deviance(y, mu);
            if (!double.IsFinite(deviance))
            {
                throw new PpmlConvergenceException($"PPML diverged at iteration {iteration}: deviance {deviance}");
            }

            change = Math.Abs(deviance - old) / Math.Max(Math.Min(deviance, old), 0.1);
            if (change < options.Tolerance && tolerance <= options.ProjectionTolerance)
            {
                var effects = Combine(zEffects, xEffects, beta);
                projections.SetWeights(mu);
                DemeanAll(projections, workspaces, null, zEffects, xt, xEffects, options.ProjectionTolerance, data.Names);
                var hessian = WeightedLeastSquares.Cholesky(WeightedLeastSquares.Gram(xt, mu), rawSquares, data.Names);
                return new Fit(beta, eta, mu, effects, xt, WeightedLeastSquares.Inverse(hessian), iteration, deviance, change, betaChange);
            }
        }

        throw new PpmlConvergenceException(
            $"PPML did not converge in {options.MaxIterations} iterations: relative deviance change {change:G3} (tolerance {options.Tolerance:G3}), largest coefficient change {betaChange:G3}");
    }

    /// <summary>Demeans z̃ (unless null) and every X̃ column, in parallel: they share only the weights.</summary>
    private static void DemeanAll(
        AlternatingProjections projections,
        ProjectionWorkspace[] workspaces,
        double[]? zt,
        double[][] zEffects,
        double[][] xt,
        double[][][] xEffects,
        double tolerance,
        IReadOnlyList<string> names)
    {
        var first = zt is null ? 0 : -1;
        var k = xt.Length;
        try
        {
            Parallel.For(first, xt.Length, p =>
            {
                if (p < 0)
                {
                    projections.Demean(zt!, zEffects, tolerance, "the working variable", workspaces[k]);
                }
                else
                {
                    projections.Demean(xt[p], xEffects[p], tolerance, $"covariate {names[p]}", workspaces[p]);
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
    }

    /// <summary>Poisson deviance 2 Σ [y ln(y/μ) − (y − μ)], with y ln y = 0 at y = 0.</summary>
    public static double Deviance(double[] y, double[] mu)
    {
        var sum = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            sum += y[i] > 0.0 ? (y[i] * Math.Log(y[i] / mu[i])) - (y[i] - mu[i]) : mu[i];
        }

        return 2.0 * sum;
    }

    /// <summary>Fixed-effect part of η: the effects of z minus β times those of each covariate.</summary>
    private static double[][] Combine(double[][] zEffects, double[][][] xEffects, double[] beta)
    {
        var effects = zEffects.Select(e => (double[])e.Clone()).ToArray();
        for (var p = 0; p < beta.Length; p++)
        {
            for (var d = 0; d < effects.Length; d++)
            {
                for (var g = 0; g < effects[d].Length; g++)
                {
                    effects[d][g] -= beta[p] * xEffects[p][d][g];
                }
            }
        }

        return effects;
    }
}
