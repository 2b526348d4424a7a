using DigitalTrade.Model.Equilibrium;
using DigitalTrade.Model.Parameters;

namespace DigitalTrade.Model.Trade;

/// <summary>
/// Solves the multilateral-resistance system for given outputs Y and expenditures E
/// (the conditional equilibrium, gravity-methods.md §5.1) by bi-proportional (RAS) scaling:
/// a = Y / (T b), b = E / (Tᵀ a), then b is normalised at the reference country.
/// PPML with exporter and importer effects and offset ln T has exactly these first-order
/// conditions, so fitted flows reproduce every Y_i and E_j.
/// </summary>
public static class ConditionalEquilibrium
{
    /// <summary>Solves one sector. Throws <see cref="ModelConvergenceException"/> if the tolerance is not met.</summary>
    public static SectorEquilibrium Solve(double[,] t, double[] output, double[] expenditure, int reference, SolverParameters solver)
    {
        var n = output.Length;
        if (t.GetLength(0) != n || t.GetLength(1) != n || expenditure.Length != n)
        {
            throw new ArgumentException("T must be n×n with n outputs and n expenditures");
        }

        if (output.Any(y => !(y >= 0) || double.IsInfinity(y)) || expenditure.Any(e => !(e >= 0) || double.IsInfinity(e)))
        {
            throw new ArgumentException("outputs and expenditures must be finite and non-negative");
        }

        if (reference < 0 || reference >= n)
        {
            throw new ArgumentOutOfRangeException(nameof(reference), reference, "no such reference country");
        }

        if (output.Sum() == 0.0)
        {
            return NoTrade(n);
        }

        if (!(expenditure[reference] > 0))
        {
            throw new ArgumentException("the reference country must have positive expenditure: its price index is the numeraire", nameof(expenditure));
        }

        // Row-major and column-major copies keep both passes on contiguous memory.
        var rows = new double[n * n];
        var columns = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                rows[(i * n) + j] = columns[(j * n) + i] = t[i, j];
            }
        }

        var a = new double[n];
        var b = Enumerable.Repeat(1.0, n).ToArray();
        var reach = new double[n];
        var residual = double.PositiveInfinity;
        var iterations = 0;
        while (true)
        {
            // reach_i = Σ_j T_ij b_j: the next update of a needs it, and a_i · reach_i is exporter i's
            // fitted output, so the convergence check costs nothing extra.
            Products(rows, b, reach, n);
            if (iterations > 0)
            {
                residual = RowResidual(a, reach, output);
                if (residual <= solver.Tolerance || double.IsNaN(residual) || iterations >= solver.MaxIterations)
                {
                    break;
                }
            }

            iterations++;
            for (var i = 0; i < n; i++)
            {
                a[i] = output[i] / reach[i];
            }

            Products(columns, a, b, n);
            for (var j = 0; j < n; j++)
            {
                b[j] = expenditure[j] / b[j];
            }
        }

        if (double.IsNaN(residual))
        {
            throw new ModelConvergenceException("conditional equilibrium is undefined: a country with positive output cannot reach any market (a row or column of T is zero, infinite or NaN)");
        }

        if (!(residual <= solver.Tolerance))
        {
            throw new ModelConvergenceException(
                $"conditional equilibrium did not converge: largest output residual {residual:G3} after {iterations} iterations (tolerance {solver.Tolerance:G3})");
        }

        var scale = b[reference];
        for (var k = 0; k < n; k++)
        {
            b[k] /= scale;
            a[k] *= scale;
        }

        return Assemble(t, a, b, output, expenditure, reference, iterations, residual);
    }

    /// <summary>A sector nobody produces: no flows, every resistance 1.</summary>
    private static SectorEquilibrium NoTrade(int n) =>
        new(new double[n, n], new double[n], Enumerable.Repeat(1.0, n).ToArray(),
            Enumerable.Repeat(1.0, n).ToArray(), Enumerable.Repeat(1.0, n).ToArray(), 0, 0.0);

    /// <summary>result_k = Σ_m matrix[k, m] · vector_m for a flat n×n matrix (fixed summation order, see <see cref="Kernels.Dot"/>).</summary>
    private static void Products(double[] matrix, double[] vector, double[] result, int n)
    {
        for (var k = 0; k < n; k++)
        {
            result[k] = Kernels.Dot(matrix, k * n, vector);
        }
    }

    private static double RowResidual(double[] a, double[] reach, double[] output)
    {
        var worst = 0.0;
        for (var i = 0; i < output.Length; i++)
        {
            // A country that produces nothing sells nothing (a_i = 0): its row is exact.
            var fitted = a[i] * reach[i];
            var gap = output[i] == 0.0 ? fitted : Math.Abs((fitted / output[i]) - 1.0);
            if (double.IsNaN(gap))
            {
                return double.NaN;
            }

            worst = Math.Max(worst, gap);
        }

        return worst;
    }

    private static SectorEquilibrium Assemble(
        double[,] t, double[] a, double[] b, double[] output, double[] expenditure, int reference, int iterations, double residual)
    {
        var n = output.Length;
        var flows = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                flows[i, j] = a[i] * b[j] * t[i, j];
            }
        }

        // P_j^(−θ) = E_j / (b_j E_ref) and Π_i^(−θ) = Y_i E_ref / (a_i Y), written through the sums
        // that b and a divide, so that they stay defined for a country with no output.
        var worldOutput = output.Sum();
        var eRef = expenditure[reference];
        var inward = new double[n];
        var outward = new double[n];
        for (var k = 0; k < n; k++)
        {
            double toMarket = 0.0, fromSuppliers = 0.0;
            for (var m = 0; m < n; m++)
            {
                fromSuppliers += t[m, k] * a[m];
                toMarket += t[k, m] * b[m];
            }

            inward[k] = fromSuppliers / eRef;
            outward[k] = toMarket * eRef / worldOutput;
        }

        inward[reference] = 1.0; // the numeraire, exactly, whatever the rounding of the sums above
        return new SectorEquilibrium(flows, a, b, inward, outward, iterations, residual);
    }
}
