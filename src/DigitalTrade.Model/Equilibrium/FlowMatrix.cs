namespace DigitalTrade.Model.Equilibrium;

/// <summary>
/// Checks and margins of square flow and cost matrices (exporters in rows, importers in columns,
/// domestic sales on the diagonal), shared by the general-equilibrium solvers.
/// </summary>
internal static class FlowMatrix
{
    /// <summary>Throws unless the flows are n×n, finite and non-negative; returns n.</summary>
    public static int CheckFlows(double[,] flows, string name)
    {
        var n = flows.GetLength(0);
        if (n == 0 || flows.GetLength(1) != n)
        {
            throw new ArgumentException("flows must be a non-empty square matrix", name);
        }

        foreach (var x in flows)
        {
            if (!(x >= 0) || double.IsInfinity(x))
            {
                throw new ArgumentException("flows must be finite and non-negative", name);
            }
        }

        return n;
    }

    /// <summary>Throws unless the matrix is n×n with finite, non-negative entries.</summary>
    public static void CheckCosts(double[,] costs, int n, string name)
    {
        if (costs.GetLength(0) != n || costs.GetLength(1) != n)
        {
            throw new ArgumentException($"expected a {n}×{n} matrix", name);
        }

        foreach (var t in costs)
        {
            if (!(t >= 0) || double.IsInfinity(t))
            {
                throw new ArgumentException("trade costs (t^(1−σ) form) must be finite and non-negative", name);
            }
        }
    }

    /// <summary>Throws unless σ &gt; 1 and the reference country exists.</summary>
    public static void CheckModel(double sigma, int reference, int n)
    {
        if (!(sigma > 1) || double.IsInfinity(sigma))
        {
            throw new ArgumentOutOfRangeException(nameof(sigma), sigma, "the elasticity of substitution must be finite and above 1");
        }

        if (reference < 0 || reference >= n)
        {
            throw new ArgumentOutOfRangeException(nameof(reference), reference, "no such reference country");
        }
    }

    /// <summary>Y_i = Σ_j X_ij.</summary>
    public static double[] RowSums(double[,] x)
    {
        var n = x.GetLength(0);
        var sums = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = 0.0;
            for (var j = 0; j < n; j++)
            {
                sum += x[i, j];
            }

            sums[i] = sum;
        }

        return sums;
    }

    /// <summary>E_j = Σ_i X_ij.</summary>
    public static double[] ColumnSums(double[,] x)
    {
        var n = x.GetLength(0);
        var sums = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                sums[j] += x[i, j];
            }
        }

        return sums;
    }

    /// <summary>International exports Σ_{j≠i} X_ij.</summary>
    public static double[] Exports(double[,] x)
    {
        var n = x.GetLength(0);
        var exports = new double[n];
        for (var i = 0; i < n; i++)
        {
            var sum = 0.0;
            for (var j = 0; j < n; j++)
            {
                if (j != i)
                {
                    sum += x[i, j];
                }
            }

            exports[i] = sum;
        }

        return exports;
    }

    /// <summary>Element-wise ratio new/old.</summary>
    public static double[] Ratio(double[] numerator, double[] denominator)
    {
        var ratio = new double[numerator.Length];
        for (var k = 0; k < ratio.Length; k++)
        {
            ratio[k] = numerator[k] / denominator[k];
        }

        return ratio;
    }

    /// <summary>Element-wise (new/old)^power: turns (1−σ)-power resistances into index ratios.</summary>
    public static double[] PowerRatio(double[] numerator, double[] denominator, double power)
    {
        var ratio = new double[numerator.Length];
        for (var k = 0; k < ratio.Length; k++)
        {
            ratio[k] = Math.Pow(numerator[k] / denominator[k], power);
        }

        return ratio;
    }
}
