namespace DigitalTrade.Model.Estimation;

/// <summary>
/// The small K×K algebra of one IRLS step on the demeaned design: cross products X̃'WX̃ and X̃'Wz̃,
/// and their Cholesky factor, which is also where a covariate without variation is detected.
/// </summary>
internal static class WeightedLeastSquares
{
    /// <summary>
    /// A covariate whose demeaned weighted sum of squares is below this fraction of its raw one has
    /// nothing left after the fixed effects; a Cholesky pivot below this fraction of its diagonal is a
    /// linear combination of the covariates before it. Both far above round-off (≈1e-24 here).
    /// </summary>
    private const double CollinearityThreshold = 1e-12;

    /// <summary>X̃'WX̃, <c>[k][l]</c>.</summary>
    public static double[][] Gram(double[][] x, double[] w)
    {
        var k = x.Length;
        var a = new double[k][];
        for (var p = 0; p < k; p++)
        {
            a[p] = new double[k];
            for (var q = 0; q <= p; q++)
            {
                a[p][q] = WeightedDot(x[p], x[q], w);
            }
        }

        for (var p = 0; p < k; p++)
        {
            for (var q = p + 1; q < k; q++)
            {
                a[p][q] = a[q][p];
            }
        }

        return a;
    }

    /// <summary>Σ_i w_i a_i b_i.</summary>
    public static double WeightedDot(double[] a, double[] b, double[] w)
    {
        var s = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            s += w[i] * a[i] * b[i];
        }

        return s;
    }

    /// <summary>
    /// Lower Cholesky factor of <paramref name="gram"/>. Throws <see cref="CollinearCovariateException"/>
    /// naming the first covariate that is constant within the fixed effects (demeaned sum of squares
    /// negligible against <paramref name="rawSquares"/>) or collinear with the covariates before it.
    /// </summary>
    public static double[][] Cholesky(double[][] gram, double[] rawSquares, IReadOnlyList<string> names)
    {
        var k = gram.Length;
        var l = new double[k][];
        for (var p = 0; p < k; p++)
        {
            if (!(gram[p][p] > CollinearityThreshold * rawSquares[p]))
            {
                throw new CollinearCovariateException(
                    names[p],
                    $"covariate {names[p]} has no variation once the fixed effects are partialled out (e.g. it is constant within a fixed-effect group); its coefficient is not identified");
            }

            l[p] = new double[k];
            for (var q = 0; q <= p; q++)
            {
                var s = gram[p][q];
                for (var r = 0; r < q; r++)
                {
                    s -= l[p][r] * l[q][r];
                }

                if (q < p)
                {
                    l[p][q] = s / l[q][q];
                }
                else if (s > CollinearityThreshold * gram[p][p])
                {
                    l[p][p] = Math.Sqrt(s);
                }
                else
                {
                    throw new CollinearCovariateException(
                        names[p],
                        $"covariate {names[p]} is collinear with the fixed effects and the covariates before it; its coefficient is not identified");
                }
            }
        }

        return l;
    }

    /// <summary>Solves (L Lᵀ) x = b.</summary>
    public static double[] Solve(double[][] l, double[] b)
    {
        var k = b.Length;
        var y = new double[k];
        for (var p = 0; p < k; p++)
        {
            var s = b[p];
            for (var r = 0; r < p; r++)
            {
                s -= l[p][r] * y[r];
            }

            y[p] = s / l[p][p];
        }

        var x = new double[k];
        for (var p = k - 1; p >= 0; p--)
        {
            var s = y[p];
            for (var r = p + 1; r < k; r++)
            {
                s -= l[r][p] * x[r];
            }

            x[p] = s / l[p][p];
        }

        return x;
    }

    /// <summary>(L Lᵀ)⁻¹, column by column.</summary>
    public static double[][] Inverse(double[][] l)
    {
        var k = l.Length;
        var inverse = new double[k][];
        for (var p = 0; p < k; p++)
        {
            inverse[p] = new double[k];
        }

        for (var q = 0; q < k; q++)
        {
            var unit = new double[k];
            unit[q] = 1.0;
            var column = Solve(l, unit);
            for (var p = 0; p < k; p++)
            {
                inverse[p][q] = column[p];
            }
        }

        return inverse;
    }
}
