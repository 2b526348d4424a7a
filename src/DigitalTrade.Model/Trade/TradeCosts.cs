using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.State;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Trade;

/// <summary>
/// Builds the trade-cost matrix T_ij = t_ij^(−θ) of one sector (DESIGN §5.3) in the PPML scale:
/// ln T_ij = β_dist ln(d_ij / d_ref) + β_contig contig + β_lang lang + β_border + shift_ij, T_ii = 1.
/// </summary>
public static class TradeCosts
{
    /// <summary>The part of ln T_ij that the fixed geography determines (0 on the diagonal).</summary>
    public static double GeographicLogCost(WorldGeometry world, int i, int j, TradeCostCoefficients beta)
    {
        if (i == j)
        {
            return 0.0;
        }

        return (beta.Distance * Math.Log(world.DistanceKm[i, j] / beta.ReferenceDistanceKm))
             + (world.Contiguous[i, j] ? beta.Contiguity : 0.0)
             + (world.CommonLanguage[i, j] ? beta.CommonLanguage : 0.0)
             + beta.Border;
    }

    /// <summary>T for one sector, exporters in rows and importers in columns, canonical order.</summary>
    public static double[,] Build(WorldGeometry world, IReadOnlyList<CountryState> states, Sector sector, ModelParameters parameters)
    {
        var n = world.Count;
        var t = new double[n, n];
        var k = (int)sector;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                t[i, j] = i == j
                    ? 1.0
                    : Math.Exp(GeographicLogCost(world, i, j, parameters.TradeCosts) + states[j].InwardCostShift[k][i]);
            }
        }

        return t;
    }

    /// <summary>The iceberg cost t_ij ≥ 1 that corresponds to T_ij for trade elasticity θ.</summary>
    public static double Iceberg(double powerCost, double theta) => Math.Pow(powerCost, -1.0 / theta);
}
