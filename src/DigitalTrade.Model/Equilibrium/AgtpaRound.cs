namespace DigitalTrade.Model.Equilibrium;

/// <summary>
/// The statistics the do-file prints at the end of round k ("iteration number k − 1") for
/// δ = ρ^{k−1} − ρ^{k−2}, each exporter's value repeated over its N rows (N² observations).
/// </summary>
/// <param name="Step">k.</param>
/// <param name="Mean">Mean of δ.</param>
/// <param name="StandardDeviation">Sample standard deviation over N² observations (denominator N² − 1).</param>
/// <param name="Min">Smallest δ.</param>
/// <param name="Max">Largest δ (signed).</param>
public sealed record AgtpaRound(int Step, double Mean, double StandardDeviation, double Min, double Max);
