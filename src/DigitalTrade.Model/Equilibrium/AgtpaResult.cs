using System.Collections.Immutable;

namespace DigitalTrade.Model.Equilibrium;

/// <summary>Everything the book's iterative GE-PPML procedure computes (gravity-methods.md §5.2).</summary>
/// <param name="Baseline">k = 0: the fit of t_BLN to the baseline margins.</param>
/// <param name="Conditional">k = 1: the conditional GE, the fit of t_CFL to the baseline margins.</param>
/// <param name="Last">k = S: the last round of the loop.</param>
/// <param name="Full">The full-endowment quantities built from round S.</param>
/// <param name="Rounds">The stopping statistics of rounds k = 2 … S.</param>
/// <param name="Ratios">The report ratios of §6 B, input of <see cref="GeIndexes.PercentChanges(GeChangeRatios)"/>.</param>
public sealed record AgtpaResult(
    AgtpaState Baseline,
    AgtpaState Conditional,
    AgtpaState Last,
    AgtpaFullEndowment Full,
    ImmutableArray<AgtpaRound> Rounds,
    GeChangeRatios Ratios)
{
    /// <summary>Rounds of the loop (S − 1); the do-file's last "iteration number".</summary>
    public int Iterations => Rounds.Length;
}
