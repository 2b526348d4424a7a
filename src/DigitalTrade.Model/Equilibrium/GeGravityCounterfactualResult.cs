namespace DigitalTrade.Model.Equilibrium;

/// <summary>Conditional GE and <c>ge_gravity</c>'s full-endowment GE of one trade-cost change, and the report ratios.</summary>
/// <param name="Conditional">Outputs and expenditures fixed (RAS, the reference country's inward resistance is 1).</param>
/// <param name="Full">Zylkin's fixed point, world output as the numeraire.</param>
/// <param name="Ratios">
/// Input of <see cref="GeIndexes.PercentChanges(GeChangeRatios)"/>: price ŵ, inward resistance the price
/// index P̂^(−1/θ), real GDP the real wage ŵ/P̂^(−1/θ), welfare ge_gravity's w.
/// </param>
/// <param name="MaxClearingGap">Largest relative market-clearing gap |Σ_j X'_ij − Y_i ŵ_i| / (Y_i ŵ_i) at the end.</param>
public sealed record GeGravityCounterfactualResult(
    ConditionalCounterfactualResult Conditional, GeGravityResult Full, GeChangeRatios Ratios, double MaxClearingGap);
