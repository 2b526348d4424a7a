namespace DigitalTrade.Model.Equilibrium;

/// <summary>The conditional GE of a trade-cost change, as changes relative to the baseline.</summary>
/// <param name="Flows">Conditional flows X¹ (same row and column sums as the baseline).</param>
/// <param name="InwardResistanceIndex">P̂_j; 1 at the reference country.</param>
/// <param name="OutwardResistanceIndex">OMR index change (Y unchanged, so with or without world output alike).</param>
/// <param name="ExportsChange">Σ_{j≠i} X¹_ij / Σ_{j≠i} X_ij.</param>
/// <param name="Iterations">RAS iterations.</param>
/// <param name="MaxResidual">Largest relative row-sum gap of the RAS at the end.</param>
public sealed record ConditionalCounterfactualResult(
    double[,] Flows,
    double[] InwardResistanceIndex,
    double[] OutwardResistanceIndex,
    double[] ExportsChange,
    int Iterations,
    double MaxResidual);
