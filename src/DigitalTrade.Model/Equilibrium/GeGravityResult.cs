namespace DigitalTrade.Model.Equilibrium;

/// <summary>The counterfactual of Zylkin's ge_gravity fixed point (gravity-methods.md §7), changes new/old.</summary>
/// <param name="Flows">X'_ij = π_ij B_ij ŵ_i^(−θ) / P̂_j · E'_j.</param>
/// <param name="NominalWage">ŵ_i, normalised so that world output Σ Y_i ŵ_i is unchanged.</param>
/// <param name="InwardResistanceChange">P̂_j = Σ_i π_ij B_ij ŵ_i^(−θ), the (1−σ)-power index.</param>
/// <param name="PriceIndex">P̂_j^(−1/θ), the change in the consumer price index.</param>
/// <param name="RealWage">ŵ_i / P̂_i^(−1/θ).</param>
/// <param name="Welfare">Additive: (Y ŵ + D)/(Y + D) / P̂^(−1/θ); multiplicative: the real wage.</param>
/// <param name="Expenditure">E'_j.</param>
/// <param name="Iterations">Fixed-point iterations.</param>
/// <param name="LastChange">max |ln X' − ln X'_prev| at the last iteration.</param>
public sealed record GeGravityResult(
    double[,] Flows,
    double[] NominalWage,
    double[] InwardResistanceChange,
    double[] PriceIndex,
    double[] RealWage,
    double[] Welfare,
    double[] Expenditure,
    int Iterations,
    double LastChange);
