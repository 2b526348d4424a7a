namespace DigitalTrade.Model.Tests.Equilibrium;

/// <summary>
/// An independent solve of the full-endowment system of gravity-methods.md §5.3: Newton's method in
/// ln p̂ on N − 1 market-clearing equations (the κ closure makes the last one redundant) plus the
/// numeraire ln P̂_ref^(1−σ) = 0, with a central-difference Jacobian and Gaussian elimination.
/// Written from the equations, sharing no code with the solver under test.
/// </summary>
internal static class NewtonFullEndowment
{
    /// <summary>p̂ at the solution.</summary>
    public static double[] Solve(double[,] x, double[,] tau, double sigma, int reference)
    {
        var n = x.GetLength(0);
        var u = new double[n];
        for (var iteration = 0; iteration < 100; iteration++)
        {
            var f = Residuals(x, tau, sigma, reference, u);
            if (f.Max(Math.Abs) < 1e-15)
            {
                break;
            }

            var jacobian = new double[n, n];
            for (var k = 0; k < n; k++)
            {
                const double h = 1e-6;
                var up = (double[])u.Clone();
                var down = (double[])u.Clone();
                up[k] += h;
                down[k] -= h;
                var fUp = Residuals(x, tau, sigma, reference, up);
                var fDown = Residuals(x, tau, sigma, reference, down);
                for (var r = 0; r < n; r++)
                {
                    jacobian[r, k] = (fUp[r] - fDown[r]) / (2 * h);
                }
            }

            var step = Gauss(jacobian, f);
            for (var k = 0; k < n; k++)
            {
                u[k] -= step[k];
            }
        }

        return [.. u.Select(v => Math.Exp(v))];
    }

    /// <summary>ln(Σ_j X'_ij / p̂_i Y_i) for i &lt; N − 1, and ln P̂_ref^(1−σ) last.</summary>
    public static double[] Residuals(double[,] x, double[,] tau, double sigma, int reference, double[] logPrice)
    {
        var n = x.GetLength(0);
        var y = SmallEconomy.RowSums(x);
        var e = SmallEconomy.ColumnSums(x);
        var p = logPrice.Select(v => Math.Exp(v)).ToArray();
        var inward = new double[n];
        for (var j = 0; j < n; j++)
        {
            for (var i = 0; i < n; i++)
            {
                inward[j] += x[i, j] / e[j] * tau[i, j] * Math.Pow(p[i], 1 - sigma);
            }
        }

        var income = Enumerable.Range(0, n).Sum(i => p[i] * y[i]);
        var spending = Enumerable.Range(0, n).Sum(j => e[j] / y[j] * p[j] * y[j]);
        var kappa = income / spending;
        var f = new double[n];
        for (var i = 0; i < n - 1; i++)
        {
            var sales = 0.0;
            for (var j = 0; j < n; j++)
            {
                sales += x[i, j] / e[j] * tau[i, j] * Math.Pow(p[i], 1 - sigma) / inward[j] * kappa * (e[j] / y[j]) * p[j] * y[j];
            }

            f[i] = Math.Log(sales / (p[i] * y[i]));
        }

        f[n - 1] = Math.Log(inward[reference]);
        return f;
    }

    private static double[] Gauss(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var v = (double[])b.Clone();
        for (var c = 0; c < n; c++)
        {
            var pivot = Enumerable.Range(c, n - c).MaxBy(r => Math.Abs(m[r, c]));
            for (var k = 0; k < n; k++)
            {
                (m[c, k], m[pivot, k]) = (m[pivot, k], m[c, k]);
            }

            (v[c], v[pivot]) = (v[pivot], v[c]);
            for (var r = c + 1; r < n; r++)
            {
                var factor = m[r, c] / m[c, c];
                for (var k = c; k < n; k++)
                {
                    m[r, k] -= factor * m[c, k];
                }

                v[r] -= factor * v[c];
            }
        }

        var solution = new double[n];
        for (var r = n - 1; r >= 0; r--)
        {
            var sum = v[r];
            for (var k = r + 1; k < n; k++)
            {
                sum -= m[r, k] * solution[k];
            }

            solution[r] = sum / m[r, r];
        }

        return solution;
    }
}
