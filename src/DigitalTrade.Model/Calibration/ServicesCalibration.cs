namespace DigitalTrade.Model.Calibration;

/// <summary>
/// A services matrix of the observed baseline (docs/model.md, "The observed baseline", services): no
/// bilateral data exists, so the pattern is gravity's, Y_i Y_j d_ij^(−δ), with the rest of the world placed
/// where the goods pattern puts it, balanced by RAS to the countries' export and import totals.
/// </summary>
internal static class ServicesCalibration
{
    public static (double[,] Flows, CellSource[,] Sources) Build(Universe u, double[,] goodsPatternSeed, SectorMargins margins, ObservedBaselineOptions o)
    {
        var (toRest, restInternal) = PlaceRest(u, goodsPatternSeed, o.ServicesDistanceElasticity, o);
        var seed = GravityFill.Seed(u.Gdp, u.WithRest(toRest, restInternal), o.ServicesDistanceElasticity);
        var result = Ras.Balance(seed, margins.RowTargets(), margins.ColumnTargets(), o.RasTolerance, o.RasMaxIterations);
        var n = u.Codes.Length;
        var sources = new CellSource[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                sources[i, j] = i == j && i != u.Rest ? CellSource.Domestic : CellSource.GravityFilled;
            }
        }

        return (result.Matrix, sources);
    }

    /// <summary>
    /// The distances to the rest of the world that reproduce, in a gravity seed, ROW's share of each DOTS
    /// country's goods exports in the pattern (<see cref="RestOfWorldDistance"/>); countries outside the
    /// pattern take the median.
    /// </summary>
    public static (double[] ToRest, double Internal) PlaceRest(Universe u, double[,] goodsPatternSeed, double elasticity, ObservedBaselineOptions o)
    {
        var n = u.Countries;
        var r = u.Rest;
        var sizes = new double[n];
        var shares = new double?[n];
        for (var i = 0; i < n; i++)
        {
            sizes[i] = u.InPattern[i] ? u.Gdp[i] : 0.0;
            if (!u.InPattern[i])
            {
                continue;
            }

            var exports = 0.0;
            for (var k = 0; k < u.Codes.Length; k++)
            {
                exports += k == i ? 0.0 : goodsPatternSeed[i, k];
            }

            shares[i] = exports > 0 ? goodsPatternSeed[i, r] / exports : null;
        }

        var restExports = 0.0;
        for (var k = 0; k < u.Codes.Length; k++)
        {
            restExports += goodsPatternSeed[r, k];
        }

        double? selfShare = restExports > 0 ? goodsPatternSeed[r, r] / restExports : null;
        return RestOfWorldDistance.Place(sizes, u.Gdp[r], u.CountryDistanceKm, shares, selfShare, elasticity, o.DefaultRestOfWorldDistanceKm);
    }
}
