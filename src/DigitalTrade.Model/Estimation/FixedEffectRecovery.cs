namespace DigitalTrade.Model.Estimation;

/// <summary>
/// Recovers the fixed effects from the fixed-effect part of the linear predictor,
/// t_i = ln μ_i − offset_i − x_iβ, with the reference groups held at exactly 0: the least-squares
/// system Σ_d α_d[g_d(i)] = t_i without the reference columns, solved by conjugate gradients on the
/// normal equations (CGLS) with the group sizes as (block-Jacobi) preconditioner. The start is the
/// decomposition accumulated during the fit, so only the normalisation remains to be solved.
/// </summary>
internal static class FixedEffectRecovery
{
    private const double Tolerance = 1e-12;
    private const int MaxIterations = 20_000;
    private const int ResidualRefresh = 50;

    /// <summary>Effects <c>[d][g]</c> (compact groups) reproducing <paramref name="target"/>.</summary>
    public static double[][] Recover(FixedEffectLayout layout, double[] target, double[][] start, bool[][] isReference)
    {
        var n = target.Length;
        var x = layout.NewEffects();
        for (var d = 0; d < layout.Dimensions; d++)
        {
            for (var g = 0; g < x[d].Length; g++)
            {
                x[d][g] = isReference[d][g] ? 0.0 : start[d][g];
            }
        }

        var scale = 1.0;
        foreach (var t in target)
        {
            scale = Math.Max(scale, Math.Abs(t));
        }

        var limit = Tolerance * scale;
        var r = Residual(layout, target, x);
        var s = layout.NewEffects();
        var z = layout.NewEffects();
        var q = new double[n];
        var gamma = Gradient(layout, r, isReference, s, z);
        var p = Copy(z);
        var initialGamma = gamma;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            if (MaxAbs(r) <= limit)
            {
                return x;
            }

            Apply(layout, p, q);
            var qq = 0.0;
            for (var i = 0; i < n; i++)
            {
                qq += q[i] * q[i];
            }

            // A vanished gradient with a residual left: the least-squares optimum does not fit exactly.
            if (!(qq > 0.0) || !(gamma > 1e-30 * initialGamma))
            {
                break;
            }

            var step = gamma / qq;
            Axpy(x, p, step);
            if ((iteration + 1) % ResidualRefresh == 0)
            {
                r = Residual(layout, target, x);
            }
            else
            {
                for (var i = 0; i < n; i++)
                {
                    r[i] -= step * q[i];
                }
            }

            var next = Gradient(layout, r, isReference, s, z);
            var beta = next / gamma;
            gamma = next;
            for (var d = 0; d < p.Length; d++)
            {
                for (var g = 0; g < p[d].Length; g++)
                {
                    p[d][g] = z[d][g] + (beta * p[d][g]);
                }
            }
        }

        r = Residual(layout, target, x);
        if (MaxAbs(r) <= limit)
        {
            return x;
        }

        throw new ArgumentException(
            $"the fixed effects cannot reproduce the fit with every reference group at 0 (largest gap {MaxAbs(r):G3}): the reference groups over-restrict the effects; give fewer");
    }

    private static double[] Residual(FixedEffectLayout layout, double[] target, double[][] x)
    {
        var r = new double[target.Length];
        for (var i = 0; i < r.Length; i++)
        {
            r[i] = target[i] - layout.Sum(x, i);
        }

        return r;
    }

    /// <summary>s = Aᵀr (zero on reference groups), z = s / size; returns ⟨s, z⟩.</summary>
    private static double Gradient(FixedEffectLayout layout, double[] r, bool[][] isReference, double[][] s, double[][] z)
    {
        var gamma = 0.0;
        for (var d = 0; d < layout.Dimensions; d++)
        {
            var groups = layout.Groups[d];
            Array.Clear(s[d]);
            for (var i = 0; i < r.Length; i++)
            {
                s[d][groups[i]] += r[i];
            }

            for (var g = 0; g < s[d].Length; g++)
            {
                if (isReference[d][g])
                {
                    s[d][g] = 0.0;
                }

                z[d][g] = s[d][g] / layout.Sizes[d][g];
                gamma += s[d][g] * z[d][g];
            }
        }

        return gamma;
    }

    private static void Apply(FixedEffectLayout layout, double[][] p, double[] q)
    {
        for (var i = 0; i < q.Length; i++)
        {
            q[i] = layout.Sum(p, i);
        }
    }

    private static void Axpy(double[][] x, double[][] p, double step)
    {
        for (var d = 0; d < x.Length; d++)
        {
            for (var g = 0; g < x[d].Length; g++)
            {
                x[d][g] += step * p[d][g];
            }
        }
    }

    private static double[][] Copy(double[][] a) => [.. a.Select(v => (double[])v.Clone())];

    private static double MaxAbs(double[] v)
    {
        var m = 0.0;
        foreach (var e in v)
        {
            m = Math.Max(m, Math.Abs(e));
        }

        return m;
    }
}
