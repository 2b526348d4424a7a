namespace DigitalTrade.Model.Calibration;

/// <summary>The outcome of <see cref="Ras.Balance"/>: the balanced matrix and how the iteration ended.</summary>
/// <param name="Matrix">The balanced matrix: row sums and column sums at their targets.</param>
/// <param name="Iterations">Row-and-column sweeps done.</param>
/// <param name="LargestGap">Largest relative gap of a margin from its target at the end.</param>
public sealed record RasResult(double[,] Matrix, int Iterations, double LargestGap);

/// <summary>
/// RAS (biproportional scaling, iterative proportional fitting): finds row factors r_i and column factors
/// s_j so that X_ij = r_i A_ij s_j has the target row and column sums. It keeps every zero of the seed A
/// and, among matrices with those margins, gives the one closest to A in the Kullback–Leibler sense
/// (Bacharach 1970). Loops run in a fixed order, so the result is deterministic.
/// </summary>
public static class Ras
{
    /// <summary>
    /// Balances a non-negative seed to the targets (their sums must agree). Throws when a positive target has
    /// an all-zero row or column, or when the margins cannot be met within the iteration limit (the seed's
    /// zeros make them infeasible).
    /// </summary>
    public static RasResult Balance(double[,] seed, IReadOnlyList<double> rowTargets, IReadOnlyList<double> columnTargets, double tolerance, int maxIterations)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(rowTargets);
        ArgumentNullException.ThrowIfNull(columnTargets);
        var rows = seed.GetLength(0);
        var columns = seed.GetLength(1);
        if (rowTargets.Count != rows || columnTargets.Count != columns)
        {
            throw new ArgumentException($"expected {rows} row targets and {columns} column targets");
        }

        Check(seed, rowTargets, columnTargets);
        var x = (double[,])seed.Clone();
        var gap = double.PositiveInfinity;
        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            for (var i = 0; i < rows; i++)
            {
                ScaleRow(x, i, rowTargets[i]);
            }

            for (var j = 0; j < columns; j++)
            {
                ScaleColumn(x, j, columnTargets[j]);
            }

            // Columns are exact after the column sweep; the rows tell how far the fit is.
            gap = 0.0;
            for (var i = 0; i < rows; i++)
            {
                gap = Math.Max(gap, RelativeGap(RowSum(x, i), rowTargets[i]));
            }

            if (gap <= tolerance)
            {
                return new RasResult(x, iteration, gap);
            }
        }

        throw new InvalidOperationException(
            $"RAS did not meet the margins in {maxIterations} sweeps (largest relative gap {gap:G3}): the seed's zeros make them infeasible");
    }

    private static void Check(double[,] seed, IReadOnlyList<double> rowTargets, IReadOnlyList<double> columnTargets)
    {
        foreach (var a in seed)
        {
            if (!double.IsFinite(a) || a < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(seed), a, "seed cells must be finite and non-negative");
            }
        }

        var rowTotal = 0.0;
        for (var i = 0; i < rowTargets.Count; i++)
        {
            CheckTarget(rowTargets[i], RowSum(seed, i), $"row {i}");
            rowTotal += rowTargets[i];
        }

        var columnTotal = 0.0;
        for (var j = 0; j < columnTargets.Count; j++)
        {
            CheckTarget(columnTargets[j], ColumnSum(seed, j), $"column {j}");
            columnTotal += columnTargets[j];
        }

        if (RelativeGap(rowTotal, columnTotal) > 1e-9)
        {
            throw new ArgumentException($"row targets sum to {rowTotal:G6} but column targets to {columnTotal:G6}");
        }
    }

    private static void CheckTarget(double target, double seedSum, string what)
    {
        if (!double.IsFinite(target) || target < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, $"{what}: targets must be finite and non-negative");
        }

        if (target > 0 && seedSum <= 0)
        {
            throw new ArgumentException($"{what} has a positive target ({target:G6}) but no positive seed cell");
        }
    }

    private static void ScaleRow(double[,] x, int i, double target)
    {
        var sum = RowSum(x, i);
        var factor = sum > 0 ? target / sum : 0.0;
        for (var j = 0; j < x.GetLength(1); j++)
        {
            x[i, j] *= factor;
        }
    }

    private static void ScaleColumn(double[,] x, int j, double target)
    {
        var sum = ColumnSum(x, j);
        var factor = sum > 0 ? target / sum : 0.0;
        for (var i = 0; i < x.GetLength(0); i++)
        {
            x[i, j] *= factor;
        }
    }

    private static double RowSum(double[,] x, int i)
    {
        var sum = 0.0;
        for (var j = 0; j < x.GetLength(1); j++)
        {
            sum += x[i, j];
        }

        return sum;
    }

    private static double ColumnSum(double[,] x, int j)
    {
        var sum = 0.0;
        for (var i = 0; i < x.GetLength(0); i++)
        {
            sum += x[i, j];
        }

        return sum;
    }

    private static double RelativeGap(double value, double target) =>
        target == 0 ? Math.Abs(value) : Math.Abs(value - target) / target;
}
