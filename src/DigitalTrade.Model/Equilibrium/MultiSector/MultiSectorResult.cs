namespace DigitalTrade.Model.Equilibrium.MultiSector;

/// <summary>
/// The counterfactual equilibrium of <see cref="MultiSectorEquilibrium"/>, in the units of the baseline's
/// flows with world factor income per unit of endowment as the numeraire.
/// </summary>
/// <param name="RouteFlows">X'_ij^kc at buyer's prices, [sector][channel][exporter, importer].</param>
/// <param name="Tariffs">t'_ij^kc, the tariffs the flows were solved at.</param>
/// <param name="WageChange">ŵ_i, the change of the factor price (Σ_i ŵ_i L̂_i Y_i = Σ_i L̂_i Y_i).</param>
/// <param name="FactorIncome">Y'_i = ŵ_i L̂_i Y_i.</param>
/// <param name="Revenue">R'_j, tariff revenue.</param>
/// <param name="Spending">X'_j = Y'_j + R'_j + D'_j.</param>
/// <param name="Deficit">D'_j.</param>
/// <param name="SectorPriceChange">P̂_j^k, [country, sector].</param>
/// <param name="PriceChange">P̂_j = Π_k (P̂_j^k)^α_j^k, the change of the consumer price index.</param>
/// <param name="Welfare">Real spending X̂_j / P̂_j (real income including tariff revenue and the deficit).</param>
/// <param name="RealWage">ŵ_j / P̂_j.</param>
/// <param name="Iterations">Price updates until the stopping rule held.</param>
/// <param name="MaxExcessDemand">max_i |demand_i / Y'_i − 1| at the answer.</param>
public sealed record MultiSectorResult(
    double[][][,] RouteFlows,
    double[][][,] Tariffs,
    double[] WageChange,
    double[] FactorIncome,
    double[] Revenue,
    double[] Spending,
    double[] Deficit,
    double[,] SectorPriceChange,
    double[] PriceChange,
    double[] Welfare,
    double[] RealWage,
    int Iterations,
    double MaxExcessDemand)
{
    /// <summary>X'_ij^k = Σ_c X'_ij^kc for one sector.</summary>
    public double[,] SectorFlows(int sector)
    {
        var channels = RouteFlows[sector];
        var n = channels[0].GetLength(0);
        var total = new double[n, n];
        foreach (var channel in channels)
        {
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    total[i, j] += channel[i, j];
                }
            }
        }

        return total;
    }
}
