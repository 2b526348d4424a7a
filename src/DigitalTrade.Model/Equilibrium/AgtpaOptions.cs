using DigitalTrade.Model.Parameters;

namespace DigitalTrade.Model.Equilibrium;

/// <summary>Settings of the book's iterative GE-PPML procedure (gravity-methods.md §5.2).</summary>
public sealed record AgtpaOptions
{
    /// <summary>The do-files' threshold on sd(δ) and |max δ|: 0.01.</summary>
    public double Threshold { get; init; } = 0.01;

    /// <summary>Rounds (k = 2, 3, …) after which the procedure gives up with an error.</summary>
    public int MaxRounds { get; init; } = 1_000;

    /// <summary>
    /// Stopping rule of each fixed-effects fit (the RAS standing in for Stata's PPML); tight enough
    /// that the fits are exact to round-off at the precision the book reports.
    /// </summary>
    public SolverParameters Fit { get; init; } = new() { Tolerance = 1e-13, MaxIterations = 100_000 };
}
