namespace DigitalTrade.Model.Calibration;

/// <summary>
/// The gravity pattern used where no bilateral data exists: x_ij = S_i S_j d_ij^(−δ). Only its cross-ratios
/// matter once RAS has balanced it to margins (RAS undoes any row or column scaling of its seed), so the
/// sizes S stand for "exporter size × importer size" and distance alone shapes the pattern.
/// </summary>
public static class GravityFill
{
    /// <summary>
    /// The seed: S_i S_j d_ij^(−δ) for every cell; an infinite distance (a country's own diagonal in an
    /// international matrix) gives a structural zero.
    /// </summary>
    public static double[,] Seed(IReadOnlyList<double> sizes, double[,] distanceKm, double elasticity)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(distanceKm);
        var n = sizes.Count;
        if (distanceKm.GetLength(0) != n || distanceKm.GetLength(1) != n)
        {
            throw new ArgumentException($"expected an {n}×{n} distance matrix");
        }

        if (!(elasticity > 0) || double.IsInfinity(elasticity))
        {
            throw new ArgumentOutOfRangeException(nameof(elasticity), elasticity, "the distance elasticity must be positive and finite");
        }

        var seed = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var d = distanceKm[i, j];
                if (!(d > 0))
                {
                    throw new ArgumentOutOfRangeException(nameof(distanceKm), d, $"distance [{i},{j}] must be positive");
                }

                seed[i, j] = double.IsPositiveInfinity(d) ? 0.0 : sizes[i] * sizes[j] * Math.Pow(d, -elasticity);
            }
        }

        return seed;
    }
}
