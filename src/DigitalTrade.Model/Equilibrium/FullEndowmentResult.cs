namespace DigitalTrade.Model.Equilibrium;

/// <summary>
/// The exact full-endowment equilibrium of a trade-cost change in changes ("hats") relative to the
/// baseline (gravity-methods.md §5.3), with the κ closure and P̂ = 1 at the reference country.
/// </summary>
/// <param name="PriceChange">p̂_i: factory-gate price (and output value) change.</param>
/// <param name="InwardResistanceChange">P̂_j^(1−σ) = Σ_i π_ij τ_ij p̂_i^(1−σ); 1 at the reference country.</param>
/// <param name="InwardResistanceIndex">P̂_j = (P̂_j^(1−σ))^(1/(1−σ)).</param>
/// <param name="OutwardResistanceIndex">
/// OMR change as the Stata code defines it, [Σ_j X_ij τ_ij κ p̂_j / P̂_j^(1−σ) / Y_i]^(1/(1−σ)),
/// which includes world output; equal to p̂_i^(σ/(1−σ)) at the solution.
/// </param>
/// <param name="Flows">X'_ij = π_ij τ_ij p̂_i^(1−σ) / P̂_j^(1−σ) · κ φ_j p̂_j Y_j.</param>
/// <param name="Output">Y'_i = p̂_i Y_i.</param>
/// <param name="Expenditure">E'_j = κ φ_j p̂_j Y_j, the column sums of X'.</param>
/// <param name="Kappa">κ = Σ_i p̂_i Y_i / Σ_j φ_j p̂_j Y_j: world expenditure rescaled to world income.</param>
/// <param name="ExportsChange">Σ_{j≠i} X'_ij / Σ_{j≠i} X_ij.</param>
/// <param name="RealGdpChange">p̂_i / P̂_i, independent of the numeraire.</param>
/// <param name="Iterations">Price updates the solver took.</param>
/// <param name="MaxResidual">Largest market-clearing gap max_i |Σ_j X'_ij / (p̂_i Y_i) − 1|.</param>
public sealed record FullEndowmentResult(
    double[] PriceChange,
    double[] InwardResistanceChange,
    double[] InwardResistanceIndex,
    double[] OutwardResistanceIndex,
    double[,] Flows,
    double[] Output,
    double[] Expenditure,
    double Kappa,
    double[] ExportsChange,
    double[] RealGdpChange,
    int Iterations,
    double MaxResidual);
