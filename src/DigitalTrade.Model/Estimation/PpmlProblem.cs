namespace DigitalTrade.Model.Estimation;

/// <summary>
/// A PPML problem: E[y_n] = exp(offset_n + Σ_k β_k x_kn + Σ_d α_d[g_d(n)]), with the fixed
/// effects α concentrated out. Flows may be zero; covariates may be none (pure fixed-effect fit).
/// </summary>
/// <param name="Flows">Dependent variable y, one value per observation, finite and ≥ 0.</param>
/// <param name="CovariateNames">One name per covariate, used in results and error messages.</param>
/// <param name="Covariates">Covariate values, <c>[k][observation]</c>.</param>
/// <param name="Offset">Known part of the linear predictor (coefficient 1), or null for none.</param>
/// <param name="FixedEffects">Any number of fixed-effect dimensions (at least one).</param>
/// <param name="Clusters">Cluster id per observation for cluster-robust standard errors, or null for robust ones.</param>
public sealed record PpmlProblem(
    double[] Flows,
    IReadOnlyList<string> CovariateNames,
    double[][] Covariates,
    double[]? Offset,
    IReadOnlyList<FixedEffect> FixedEffects,
    int[]? Clusters = null)
{
    /// <summary>Number of observations.</summary>
    public int ObservationCount => Flows.Length;

    /// <summary>Checks sizes and values; throws <see cref="ArgumentException"/> naming the first problem found.</summary>
    internal void Validate()
    {
        var n = Flows.Length;
        for (var i = 0; i < n; i++)
        {
            if (!(Flows[i] >= 0) || double.IsInfinity(Flows[i]))
            {
                throw new ArgumentException($"flow {i} is {Flows[i]}: flows must be finite and non-negative", nameof(Flows));
            }
        }

        if (CovariateNames.Count != Covariates.Length)
        {
            throw new ArgumentException($"{CovariateNames.Count} covariate names for {Covariates.Length} covariates", nameof(CovariateNames));
        }

        for (var k = 0; k < Covariates.Length; k++)
        {
            CheckFinite(Covariates[k], $"covariate {CovariateNames[k]}");
        }

        if (Offset is not null)
        {
            CheckFinite(Offset, "offset");
        }

        if (FixedEffects.Count == 0)
        {
            throw new ArgumentException("at least one fixed-effect dimension is needed (PPML without any has no constant)", nameof(FixedEffects));
        }

        foreach (var fe in FixedEffects)
        {
            CheckGroups(fe, n);
        }

        if (Clusters is not null && Clusters.Length != n)
        {
            throw new ArgumentException($"{Clusters.Length} cluster ids for {n} observations", nameof(Clusters));
        }
    }

    private void CheckFinite(double[] values, string what)
    {
        if (values.Length != Flows.Length)
        {
            throw new ArgumentException($"{what} has {values.Length} values for {Flows.Length} observations");
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException($"{what} is {values[i]} at observation {i}: values must be finite");
            }
        }
    }

    private static void CheckGroups(FixedEffect fe, int n)
    {
        if (fe.Groups.Length != n)
        {
            throw new ArgumentException($"fixed effect {fe.Name} has {fe.Groups.Length} group ids for {n} observations");
        }

        foreach (var g in fe.Groups)
        {
            if (g < 0)
            {
                throw new ArgumentException($"fixed effect {fe.Name} has a negative group id {g}");
            }
        }

        var count = fe.GroupCount;
        foreach (var r in fe.ReferenceGroups ?? [])
        {
            if (r < 0 || r >= count)
            {
                throw new ArgumentException($"reference group {r} of fixed effect {fe.Name} is not one of its {count} groups");
            }
        }
    }
}
