namespace DigitalTrade.Model.Estimation;

/// <summary>
/// Poisson pseudo-maximum likelihood with any number of high-dimensional fixed effects
/// (gravity-methods.md §3): observations that cannot be fitted are dropped, the fixed effects are
/// concentrated out of an IRLS loop by weighted alternating projections (no dummy matrix is ever
/// formed), standard errors are robust or cluster-robust, and the fixed effects are recovered with the
/// caller's normalisation so that ln μ = offset + Xβ + Σ effects holds to round-off.
/// </summary>
public static class Ppml
{
    /// <summary>
    /// Fits the problem. Throws <see cref="PpmlConvergenceException"/> if IRLS or the projections
    /// stop short of their tolerance, <see cref="CollinearCovariateException"/> if a covariate is not
    /// identified, and <see cref="ArgumentException"/> for malformed input.
    /// </summary>
    public static PpmlResult Fit(PpmlProblem problem, PpmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= PpmlOptions.Default;
        problem.Validate();
        options.Validate();
        var selection = Separation.Select(problem, options.DropSingletons);
        var kept = selection.Kept;
        var layout = FixedEffectLayout.Build(problem.FixedEffects, kept);
        var data = new Irls.Data(
            Pick(problem.Flows, kept),
            problem.Offset is null ? new double[kept.Length] : Pick(problem.Offset, kept),
            [.. problem.Covariates.Select(c => Pick(c, kept))],
            problem.CovariateNames);

        var fit = Irls.Run(data, layout, options);
        var k = fit.Beta.Length;
        var target = new double[kept.Length];
        for (var i = 0; i < kept.Length; i++)
        {
            var t = fit.Eta[i] - data.Offset[i];
            for (var p = 0; p < k; p++)
            {
                t -= data.Covariates[p][i] * fit.Beta[p];
            }

            target[i] = t;
        }

        var effects = FixedEffectRecovery.Recover(layout, target, fit.Effects, References(problem.FixedEffects, layout));
        var fitted = new double[problem.ObservationCount];
        var isKept = new bool[problem.ObservationCount];
        for (var i = 0; i < kept.Length; i++)
        {
            var eta = data.Offset[i] + layout.Sum(effects, i);
            for (var p = 0; p < k; p++)
            {
                eta += data.Covariates[p][i] * fit.Beta[p];
            }

            fitted[kept[i]] = Math.Exp(eta);
            isKept[kept[i]] = true;
        }

        var (clusters, clusterCount) = CompactClusters(problem.Clusters, kept);
        var covariance = Sandwich.Covariance(fit.InverseHessian, fit.Demeaned, data.Flows, fit.Mu, clusters, clusterCount);

        return new PpmlResult(
            problem.CovariateNames,
            fit.Beta,
            [.. Enumerable.Range(0, k).Select(p => Math.Sqrt(covariance[p][p]))],
            covariance,
            clusters is null ? StandardErrorKind.Robust : StandardErrorKind.Clustered,
            clusterCount,
            fitted,
            isKept,
            Expand(problem.FixedEffects, layout, effects),
            selection.ZeroGroup,
            selection.Singletons,
            fit.Iterations,
            fit.Deviance,
            fit.RelativeChange,
            fit.MaxBetaChange);
    }

    private static double[] Pick(double[] values, int[] kept)
    {
        var picked = new double[kept.Length];
        for (var i = 0; i < kept.Length; i++)
        {
            picked[i] = values[kept[i]];
        }

        return picked;
    }

    private static bool[][] References(IReadOnlyList<FixedEffect> effects, FixedEffectLayout layout)
    {
        var references = new bool[effects.Count][];
        for (var d = 0; d < effects.Count; d++)
        {
            var callerIsReference = new bool[effects[d].GroupCount];
            foreach (var r in effects[d].ReferenceGroups ?? [])
            {
                callerIsReference[r] = true;
            }

            references[d] = [.. layout.CallerGroup[d].Select(c => callerIsReference[c])];
            var present = new HashSet<int>(layout.CallerGroup[d]);
            foreach (var r in effects[d].ReferenceGroups ?? [])
            {
                if (!present.Contains(r))
                {
                    throw new ArgumentException($"reference group {r} of fixed effect {effects[d].Name} has no observation left to fit");
                }
            }
        }

        return references;
    }

    private static FixedEffectEstimates[] Expand(IReadOnlyList<FixedEffect> effects, FixedEffectLayout layout, double[][] compact)
    {
        var result = new FixedEffectEstimates[effects.Count];
        for (var d = 0; d < effects.Count; d++)
        {
            var values = new double[effects[d].GroupCount];
            var present = new bool[values.Length];
            for (var g = 0; g < compact[d].Length; g++)
            {
                values[layout.CallerGroup[d][g]] = compact[d][g];
                present[layout.CallerGroup[d][g]] = true;
            }

            result[d] = new FixedEffectEstimates(effects[d].Name, values, present);
        }

        return result;
    }

    private static (int[]? Clusters, int Count) CompactClusters(int[]? clusters, int[] kept)
    {
        if (clusters is null)
        {
            return (null, 0);
        }

        var ids = new Dictionary<int, int>();
        var compact = new int[kept.Length];
        for (var i = 0; i < kept.Length; i++)
        {
            if (!ids.TryGetValue(clusters[kept[i]], out var id))
            {
                id = ids.Count;
                ids[clusters[kept[i]]] = id;
            }

            compact[i] = id;
        }

        return (compact, ids.Count);
    }
}
