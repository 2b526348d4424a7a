namespace DigitalTrade.Model.Calibration;

/// <summary>
/// Where the rest of the world lies, for a gravity pattern: for each country the distance D_iR at which a
/// gravity seed S_i S_j d^(−δ) gives the rest of the world the share s_i of the country's exports it has in
/// the observed goods pattern, D_iR = (Y_R (1 − s_i) / (s_i A_i))^(1/δ) with A_i = Σ_j Y_j d_ij^(−δ) over the
/// other countries; and ROW's own internal distance from its share of its own exports the same way.
/// </summary>
public static class RestOfWorldDistance
{
    /// <summary>The distances to the rest of the world (one per country) and its internal distance, km.</summary>
    /// <param name="gdp">The countries' sizes Y_j.</param>
    /// <param name="restGdp">The rest of the world's size Y_R.</param>
    /// <param name="distanceKm">Distances between the countries (the diagonal is not read).</param>
    /// <param name="restShares">s_i per country: the rest of the world's share of its exports; null where unknown.</param>
    /// <param name="restSelfShare">ROW's share of its own exports that stays in ROW; null where unknown.</param>
    /// <param name="elasticity">δ.</param>
    /// <param name="fallbackKm">Used when no country's share is known; otherwise unknown shares take the median distance.</param>
    public static (double[] ToCountry, double Internal) Place(
        IReadOnlyList<double> gdp, double restGdp, double[,] distanceKm, IReadOnlyList<double?> restShares, double? restSelfShare, double elasticity, double fallbackKm)
    {
        ArgumentNullException.ThrowIfNull(gdp);
        ArgumentNullException.ThrowIfNull(distanceKm);
        ArgumentNullException.ThrowIfNull(restShares);
        var n = gdp.Count;
        var placed = new double?[n];
        for (var i = 0; i < n; i++)
        {
            var access = 0.0;
            for (var j = 0; j < n; j++)
            {
                access += j == i ? 0.0 : gdp[j] * Math.Pow(distanceKm[i, j], -elasticity);
            }

            placed[i] = Distance(restShares[i], restGdp, access, elasticity);
        }

        var known = placed.Where(d => d is not null).Select(d => d!.Value).Order().ToList();
        var fill = known.Count == 0 ? fallbackKm : Median(known);
        var toCountry = placed.Select(d => d ?? fill).ToArray();
        var restAccess = 0.0;
        for (var j = 0; j < n; j++)
        {
            restAccess += gdp[j] * Math.Pow(toCountry[j], -elasticity);
        }

        var own = Distance(restSelfShare, restGdp, restAccess, elasticity) ?? fill;
        return (toCountry, own);
    }

    /// <summary>
    /// The distances to the rest of the world that reproduce, in a gravity seed, ROW's share of each DOTS
    /// country's goods exports in the pattern (<see cref="Place"/>); countries outside the
    /// pattern take the median.
    /// </summary>
    internal static (double[] ToRest, double Internal) FromPattern(Universe u, double[,] goodsPatternSeed, double elasticity, double fallbackKm)
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
        return RestOfWorldDistance.Place(sizes, u.Gdp[r], u.CountryDistanceKm, shares, selfShare, elasticity, fallbackKm);
    }

    private static double? Distance(double? share, double restGdp, double access, double elasticity)
    {
        if (share is not { } s || !(s > 0 && s < 1) || !(access > 0) || !(restGdp > 0))
        {
            return null;
        }

        var d = Math.Pow(restGdp * (1 - s) / (s * access), 1.0 / elasticity);
        return double.IsFinite(d) && d > 0 ? d : null;
    }

    private static double Median(List<double> sorted) =>
        sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : 0.5 * (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]);
}
