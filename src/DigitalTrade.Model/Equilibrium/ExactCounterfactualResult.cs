namespace DigitalTrade.Model.Equilibrium;

/// <summary>Conditional and full-endowment equilibria of one trade-cost change, and the report ratios.</summary>
/// <param name="Conditional">Outputs and expenditures fixed.</param>
/// <param name="Full">Factory-gate prices adjust (κ closure, P̂_ref = 1).</param>
/// <param name="Ratios">Input of <see cref="GeIndexes.PercentChanges(GeChangeRatios)"/>.</param>
public sealed record ExactCounterfactualResult(ConditionalCounterfactualResult Conditional, FullEndowmentResult Full, GeChangeRatios Ratios);
