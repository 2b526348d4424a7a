namespace DigitalTrade.Model.Trade;

/// <summary>
/// One row of the sector tables in one round's equilibrium, over the regions (values in USD bn of the baseline
/// year, the numeraire being world factor income per unit of factor).
/// </summary>
/// <param name="Flows">X_ij at the exporter's prices (net of the importer's tax), exporters in rows, domestic sales on the diagonal.</param>
/// <param name="TaxRate">t_ij, the importer's ad valorem tax on the route.</param>
/// <param name="FactoryPrice">ŵ_i / Â_i^k, the change of the exporter's unit cost relative to round 0.</param>
/// <param name="Output">Σ_j X_ij, sales at the exporter's prices.</param>
/// <param name="Expenditure">Σ_i X_ij (1 + t_ij), spending at the buyer's prices.</param>
/// <param name="PriceIndex">P̂_j, the sector's price index relative to round 0 (both channels of goods share one).</param>
/// <param name="Revenue">Σ_i X_ij t_ij, the importer's tax revenue on the route.</param>
/// <param name="Iterations">Price updates the solver took.</param>
/// <param name="MaxResidual">Largest factor-market gap at the solution.</param>
public sealed record SectorOutcome(
    double[,] Flows,
    double[,] TaxRate,
    double[] FactoryPrice,
    double[] Output,
    double[] Expenditure,
    double[] PriceIndex,
    double[] Revenue,
    int Iterations,
    double MaxResidual);
