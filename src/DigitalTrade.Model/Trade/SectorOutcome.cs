namespace DigitalTrade.Model.Trade;

/// <summary>
/// The full-endowment equilibrium of one sector in one round (values in the sector's numeraire:
/// the reference country's price index is 1).
/// </summary>
/// <param name="Flows">X_ij, exporters in rows, importers in columns (domestic sales on the diagonal).</param>
/// <param name="FactoryPrice">p̂_i: factory-gate price relative to round 0.</param>
/// <param name="Output">Y_i = p̂_i Q_i.</param>
/// <param name="Expenditure">E_j, the column sums of the flows.</param>
/// <param name="PriceIndex">P_j, the inward resistance as a price index (1 at the reference country).</param>
/// <param name="PriceIndexChange">P̂_j relative to round 0.</param>
/// <param name="OutwardIndex">Π_i as a (1/(1−σ))-power index relative to round 0 (including world output).</param>
/// <param name="Iterations">Price updates the solver took.</param>
/// <param name="MaxResidual">Largest market-clearing gap at the solution.</param>
public sealed record SectorOutcome(
    double[,] Flows,
    double[] FactoryPrice,
    double[] Output,
    double[] Expenditure,
    double[] PriceIndex,
    double[] PriceIndexChange,
    double[] OutwardIndex,
    int Iterations,
    double MaxResidual);
