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
        var (toRest, restInternal) = RestOfWorldDistance.FromPattern(u, goodsPatternSeed, o.ServicesDistanceElasticity, o.DefaultRestOfWorldDistanceKm);
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
}
