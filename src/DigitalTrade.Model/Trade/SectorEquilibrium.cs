namespace DigitalTrade.Model.Trade;

/// <summary>
/// The conditional structural-gravity equilibrium of one sector: X_ij = a_i b_j T_ij with
/// b at the reference country equal to 1 (gravity-methods.md §2 and §5.1).
/// </summary>
/// <param name="Flows">X_ij, exporters in rows, importers in columns (domestic sales on the diagonal).</param>
/// <param name="ExporterEffect">a_i = exp(π_i).</param>
/// <param name="ImporterEffect">b_j = exp(χ_j), 1 at the reference country.</param>
/// <param name="InwardResistance">P_j^(−θ) = E_j / (b_j E_ref): 1 at the reference country.</param>
/// <param name="OutwardResistance">Π_i^(−θ) = Y_i E_ref / (a_i Y).</param>
/// <param name="Iterations">Iterations the solver took.</param>
/// <param name="MaxResidual">Largest relative gap between fitted and required output at the end.</param>
public sealed record SectorEquilibrium(
    double[,] Flows,
    double[] ExporterEffect,
    double[] ImporterEffect,
    double[] InwardResistance,
    double[] OutwardResistance,
    int Iterations,
    double MaxResidual);
