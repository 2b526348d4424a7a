namespace DigitalTrade.Model.Estimation;

/// <summary>Stopping rules of the PPML fit.</summary>
public sealed record PpmlOptions
{
    /// <summary>Default options.</summary>
    public static PpmlOptions Default { get; } = new();

    /// <summary>
    /// IRLS stops when the relative change in deviance, |D_k − D_(k−1)| / max(min(D_k, D_(k−1)), 0.1)
    /// (ppmlhdfe's rule), falls below this.
    /// </summary>
    public double Tolerance { get; init; } = 1e-10;

    /// <summary>IRLS iterations after which <see cref="PpmlConvergenceException"/> is thrown.</summary>
    public int MaxIterations { get; init; } = 1000;

    /// <summary>
    /// Demeaning stops when one more sweep of projections would move the vector by less than this,
    /// in weighted root mean square relative to the vector's own. Early IRLS iterations use a looser
    /// value (ppmlhdfe's inexact Newton); the converged iteration always uses this one.
    /// </summary>
    public double ProjectionTolerance { get; init; } = 1e-12;

    /// <summary>Symmetric sweeps (every dimension forwards and back) allowed per demeaning of one vector.</summary>
    public int MaxProjectionSweeps { get; init; } = 100_000;

    /// <summary>
    /// Drop observations alone in a fixed-effect group (iteratively, as ppmlhdfe does). They are fitted
    /// exactly and carry no information on β, so this changes no coefficient; it can change the number
    /// of clusters. Off by default: singletons are then kept and only reported.
    /// </summary>
    public bool DropSingletons { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> for a tolerance or limit that cannot work.</summary>
    internal void Validate()
    {
        if (!(Tolerance > 0) || !(ProjectionTolerance > 0) || MaxIterations < 1 || MaxProjectionSweeps < 1)
        {
            throw new ArgumentException("tolerances must be positive and iteration limits at least 1", "options");
        }
    }
}
