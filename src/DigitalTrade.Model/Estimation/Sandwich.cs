namespace DigitalTrade.Model.Estimation;

/// <summary>
/// Covariance of β by the sandwich H⁻¹ B H⁻¹ on the design demeaned at the solution's weights
/// (Frisch–Waugh–Lovell: the fixed effects' scores are zero there, so the β block of the full
/// inverse Hessian is the inverse of X̃'WX̃). Score of observation i: x̃_i (y_i − μ_i).
/// Small-sample factors are Stata's for ML estimators (checked against the published AGTPA logs):
/// robust ("semirobust" in ppml's output): B = N/(N−1) Σ_i s_i s_iᵀ;
/// clustered: B = G/(G−1) Σ_g (Σ_{i∈g} s_i)(Σ_{i∈g} s_i)ᵀ.
/// </summary>
internal static class Sandwich
{
    public static double[][] Covariance(double[][] inverseHessian, double[][] xt, double[] y, double[] mu, int[]? clusters, int clusterCount)
    {
        var k = xt.Length;
        var n = y.Length;
        var meat = new double[k][];
        for (var p = 0; p < k; p++)
        {
            meat[p] = new double[k];
        }

        if (clusters is null)
        {
            var score = new double[k];
            for (var i = 0; i < n; i++)
            {
                var r = y[i] - mu[i];
                for (var p = 0; p < k; p++)
                {
                    score[p] = xt[p][i] * r;
                }

                AddOuter(meat, score, n > 1 ? n / (n - 1.0) : 1.0);
            }
        }
        else
        {
            var sums = new double[clusterCount * k];
            for (var i = 0; i < n; i++)
            {
                var r = y[i] - mu[i];
                var offset = clusters[i] * k;
                for (var p = 0; p < k; p++)
                {
                    sums[offset + p] += xt[p][i] * r;
                }
            }

            var factor = clusterCount > 1 ? clusterCount / (clusterCount - 1.0) : 1.0;
            var score = new double[k];
            for (var g = 0; g < clusterCount; g++)
            {
                Array.Copy(sums, g * k, score, 0, k);
                AddOuter(meat, score, factor);
            }
        }

        return Multiply(Multiply(inverseHessian, meat), inverseHessian);
    }

    private static void AddOuter(double[][] m, double[] s, double factor)
    {
        for (var p = 0; p < s.Length; p++)
        {
            for (var q = 0; q < s.Length; q++)
            {
                m[p][q] += factor * s[p] * s[q];
            }
        }
    }

    private static double[][] Multiply(double[][] a, double[][] b)
    {
        var k = a.Length;
        var c = new double[k][];
        for (var p = 0; p < k; p++)
        {
            c[p] = new double[k];
            for (var q = 0; q < k; q++)
            {
                var s = 0.0;
                for (var r = 0; r < k; r++)
                {
                    s += a[p][r] * b[r][q];
                }

                c[p][q] = s;
            }
        }

        return c;
    }
}
