namespace DigitalTrade.Model.Estimation;

/// <summary>
/// Weighted demeaning with respect to every fixed-effect dimension: the weighted residual of a vector
/// on all the group dummies, without ever forming them. One projection subtracts the weighted group
/// means of one dimension; a symmetric sweep S = Q₁⋯Q_D⋯Q₁ applies them forwards and back. Plain
/// alternating projections iterate S; here the fixed point is reached by conjugate gradients on
/// (I − S)a = (I − S)v, a in the span of the dummies (S is self-adjoint in the weighted inner product,
/// so CG applies: reghdfe's "cg" acceleration), restarted with a plain sweep as a check. What is
/// subtracted is accumulated per group, so the caller knows the fixed-effect part of the vector:
/// input = output + Σ_d effects_d[g_d(i)] (up to round-off).
/// </summary>
internal sealed class AlternatingProjections
{
    private const int MaxRestarts = 50;

    private readonly FixedEffectLayout _layout;
    private readonly double[][] _inverseWeightSum;
    private readonly int _maxSweeps;
    private double[] _weights = [];
    private double _weightSum;

    public AlternatingProjections(FixedEffectLayout layout, int maxSweeps)
    {
        _layout = layout;
        _maxSweeps = maxSweeps;
        _inverseWeightSum = layout.NewEffects();
    }

    /// <summary>Sets the weights (strictly positive, one per kept observation) of the projections that follow.</summary>
    public void SetWeights(double[] weights)
    {
        _weights = weights;
        _weightSum = weights.Sum();
        for (var d = 0; d < _layout.Dimensions; d++)
        {
            var sum = _inverseWeightSum[d];
            Array.Clear(sum);
            var g = _layout.Groups[d];
            for (var i = 0; i < weights.Length; i++)
            {
                sum[g[i]] += weights[i];
            }

            for (var j = 0; j < sum.Length; j++)
            {
                sum[j] = 1.0 / sum[j];
            }
        }
    }

    /// <summary>Scratch space for one vector being demeaned; reused across calls, one per concurrent caller.</summary>
    public ProjectionWorkspace NewWorkspace() => new(_layout);

    /// <summary>
    /// Demeans <paramref name="v"/> in place until one more symmetric sweep would move it by less than
    /// <paramref name="tolerance"/> times its weighted root mean square. The group means removed are
    /// added to <paramref name="effects"/> (<c>[d][g]</c>). Throws <see cref="PpmlConvergenceException"/>
    /// if the sweeps run out. Safe to call concurrently on different vectors with different workspaces.
    /// </summary>
    public void Demean(double[] v, double[][] effects, double tolerance, string what, ProjectionWorkspace workspace)
    {
        var means = workspace.Means;
        if (_layout.Dimensions == 1)
        {
            Project(v, 0, effects[0], means[0]);
            return;
        }

        var n = v.Length;
        var limit = tolerance * Math.Sqrt(Dot(v, v) / _weightSum);
        var (swept, r, p, ap) = (workspace.Swept, workspace.Residual, workspace.Direction, workspace.Image);
        var (c, rho, pi) = (workspace.ImageEffects, workspace.ResidualEffects, workspace.DirectionEffects);
        var sweeps = 0;
        for (var restart = 0; restart < MaxRestarts && sweeps < _maxSweeps; restart++)
        {
            // r = (I − S)u: what one more sweep would remove; if little enough, keep the swept vector.
            Array.Copy(v, swept, n);
            Clear(c);
            Sweep(swept, c, means);
            sweeps++;
            for (var i = 0; i < n; i++)
            {
                r[i] = v[i] - swept[i];
            }

            var rr = Dot(r, r);
            if (Math.Sqrt(rr / _weightSum) <= limit)
            {
                Array.Copy(swept, v, n);
                Add(effects, c, 1.0);
                return;
            }

            Array.Copy(r, p, n);
            Copy(c, rho);
            Copy(c, pi);
            while (sweeps < _maxSweeps)
            {
                // ap = (I − S)p, with the fixed-effect coefficients of ap in c.
                Array.Copy(p, ap, n);
                Clear(c);
                Sweep(ap, c, means);
                sweeps++;
                for (var i = 0; i < n; i++)
                {
                    ap[i] = p[i] - ap[i];
                }

                var curvature = Dot(p, ap);
                if (!(curvature > 0.0))
                {
                    break;
                }

                var alpha = rr / curvature;
                for (var i = 0; i < n; i++)
                {
                    v[i] -= alpha * p[i];
                    r[i] -= alpha * ap[i];
                }

                Add(effects, pi, alpha);
                Add(rho, c, -alpha);
                var next = Dot(r, r);
                if (Math.Sqrt(next / _weightSum) <= limit)
                {
                    break;
                }

                var beta = next / rr;
                rr = next;
                for (var i = 0; i < n; i++)
                {
                    p[i] = r[i] + (beta * p[i]);
                }

                Scale(pi, beta);
                Add(pi, rho, 1.0);
            }
        }

        throw new PpmlConvergenceException(
            $"alternating projections did not demean {what} in {sweeps} sweeps and {MaxRestarts} restarts (tolerance {tolerance:G3})");
    }

    /// <summary>S = Q₁⋯Q_D⋯Q₁ in place, the removed means added to <paramref name="effects"/>.</summary>
    private void Sweep(double[] v, double[][] effects, double[][] means)
    {
        var last = _layout.Dimensions - 1;
        for (var d = 0; d <= last; d++)
        {
            Project(v, d, effects[d], means[d]);
        }

        for (var d = last - 1; d >= 0; d--)
        {
            Project(v, d, effects[d], means[d]);
        }
    }

    /// <summary>Removes the weighted means of dimension <paramref name="d"/>, adding them to <paramref name="effects"/>.</summary>
    private void Project(double[] v, int d, double[] effects, double[] mean)
    {
        var g = _layout.Groups[d];
        var inverse = _inverseWeightSum[d];
        var w = _weights;
        Array.Clear(mean);
        for (var i = 0; i < v.Length; i++)
        {
            mean[g[i]] += w[i] * v[i];
        }

        for (var j = 0; j < mean.Length; j++)
        {
            mean[j] *= inverse[j];
            effects[j] += mean[j];
        }

        for (var i = 0; i < v.Length; i++)
        {
            v[i] -= mean[g[i]];
        }
    }

    private double Dot(double[] a, double[] b)
    {
        var s = 0.0;
        var w = _weights;
        for (var i = 0; i < a.Length; i++)
        {
            s += w[i] * a[i] * b[i];
        }

        return s;
    }

    private static void Add(double[][] target, double[][] source, double factor)
    {
        for (var d = 0; d < target.Length; d++)
        {
            for (var g = 0; g < target[d].Length; g++)
            {
                target[d][g] += factor * source[d][g];
            }
        }
    }

    private static void Scale(double[][] target, double factor)
    {
        foreach (var t in target)
        {
            for (var g = 0; g < t.Length; g++)
            {
                t[g] *= factor;
            }
        }
    }

    private static void Copy(double[][] source, double[][] target)
    {
        for (var d = 0; d < source.Length; d++)
        {
            Array.Copy(source[d], target[d], source[d].Length);
        }
    }

    private static void Clear(double[][] target)
    {
        foreach (var t in target)
        {
            Array.Clear(t);
        }
    }
}
