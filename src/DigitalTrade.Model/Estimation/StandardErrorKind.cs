namespace DigitalTrade.Model.Estimation;

/// <summary>How the covariance of the coefficients was computed.</summary>
public enum StandardErrorKind
{
    /// <summary>Eicker–Huber–White sandwich with the factor N/(N−1) (Stata ppml's "semirobust").</summary>
    Robust,

    /// <summary>Cluster-robust sandwich with the factor G/(G−1), G the number of clusters.</summary>
    Clustered,
}
