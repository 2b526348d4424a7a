namespace DigitalTrade.Model.Calibration;

/// <summary>
/// The goods matrix of the observed baseline (docs/model.md, "The observed baseline", goods): the DOTS
/// pattern with its rest-of-the-world cells raised to the WTO totals of the pattern year, gravity cells for
/// countries without DOTS data, then RAS to the baseline year's margins.
/// </summary>
internal static class GoodsCalibration
{
    public static (double[,] Flows, CellSource[,] Sources, double[,] PatternSeed) Build(
        Universe u, GoodsMatrix pattern, ObservedData data, SectorMargins margins, ObservedBaselineOptions o, List<CalibrationNote> notes)
    {
        var (seed, sources) = PatternSeed(u, pattern, data, o, notes);
        var patternSeed = (double[,])seed.Clone();
        FillWithGravity(u, seed, sources, o);
        var result = Ras.Balance(seed, margins.RowTargets(), margins.ColumnTargets(), o.RasTolerance, o.RasMaxIterations);
        return (result.Matrix, sources, patternSeed);
    }

    /// <summary>
    /// The pattern year's matrix over the universe: DOTS cells (absent ones zero), each country's ROW cell
    /// raised where its WTO total exceeds the DOTS cells (a gap the partners' records miss, such as an
    /// exporter's unreported oil), and ROW→ROW the world total less every other cell. Countries outside the
    /// pattern are left at zero.
    /// </summary>
    public static (double[,] Seed, CellSource[,] Sources) PatternSeed(Universe u, GoodsMatrix pattern, ObservedData data, ObservedBaselineOptions o, List<CalibrationNote> notes)
    {
        var n = u.Codes.Length;
        var r = u.Rest;
        var seed = new double[n, n];
        var sources = new CellSource[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                sources[i, j] = i == j && i != r ? CellSource.Domestic : CellSource.Absent;
                if ((i == j && i != r) || !Covered(u, i) || !Covered(u, j))
                {
                    continue;
                }

                var value = pattern.Value(u.Codes[i], u.Codes[j]);
                seed[i, j] = value ?? 0.0;
                sources[i, j] = value is null ? CellSource.Absent
                    : i == r || j == r ? CellSource.Residual
                    : pattern.IsImfEstimate(u.Codes[i], u.Codes[j]) ? CellSource.Mirror
                    : CellSource.Observed;
            }
        }

        var year = pattern.Year;
        for (var i = 0; i < u.Countries; i++)
        {
            if (!u.InPattern[i])
            {
                continue;
            }

            if (data.MerchandiseExports.At(u.Codes[i], year) is { } exports)
            {
                RaiseRest(seed, sources, i, r, exports, row: true, $"exports to ROW raised so that DOTS exports match WTO merchandise exports of {year}", u, notes);
            }

            if (data.MerchandiseImports.At(u.Codes[i], year) is { } imports)
            {
                RaiseRest(seed, sources, i, r, imports / o.CifFobFactor, row: false, $"imports from ROW raised so that DOTS imports match WTO merchandise imports of {year} (CIF/{o.CifFobFactor})", u, notes);
            }
        }

        var world = MarginCalculator.GoodsWorld(data, year, null);
        var others = 0.0;
        foreach (var cell in seed)
        {
            others += cell;
        }

        others -= seed[r, r];
        seed[r, r] = world - others;
        if (!(seed[r, r] > 0))
        {
            throw new ArgumentException($"goods {year}: world exports {world:F0} bn leave nothing for trade within the rest of the world");
        }

        sources[r, r] = CellSource.Residual;
        return (seed, sources);
    }

    private static bool Covered(Universe u, int i) => i == u.Rest || u.InPattern[i];

    private static void RaiseRest(double[,] seed, CellSource[,] sources, int i, int r, double total, bool row, string why, Universe u, List<CalibrationNote> notes)
    {
        var bilateral = 0.0;
        for (var k = 0; k < u.Countries; k++)
        {
            bilateral += row ? seed[i, k] : seed[k, i];
        }

        var current = row ? seed[i, r] : seed[r, i];
        var gap = total - bilateral;
        if (gap <= current)
        {
            return;
        }

        if (row)
        {
            seed[i, r] = gap;
            sources[i, r] = CellSource.Reconciled;
        }
        else
        {
            seed[r, i] = gap;
            sources[r, i] = CellSource.Reconciled;
        }

        // Every raised cell is flagged Reconciled; the notes keep the ones that matter (over 1 % of the total).
        if (gap - current > 0.01 * total)
        {
            notes.Add(new CalibrationNote(u.Codes[i], "goods", $"{why}: {current:F2} → {gap:F2} bn (DOTS covered {(bilateral + current) / total:P0})"));
        }
    }

    /// <summary>Cells of countries outside the DOTS pattern: gravity with the goods distance elasticity.</summary>
    private static void FillWithGravity(Universe u, double[,] seed, CellSource[,] sources, ObservedBaselineOptions o)
    {
        if (u.InPattern.All(p => p))
        {
            return;
        }

        var (toRest, restInternal) = RestOfWorldDistance.FromPattern(u, seed, o.GoodsDistanceElasticity, o.DefaultRestOfWorldDistanceKm);
        var gravity = GravityFill.Seed(u.Gdp, u.WithRest(toRest, restInternal), o.GoodsDistanceElasticity);
        for (var i = 0; i < u.Countries; i++)
        {
            if (u.InPattern[i])
            {
                continue;
            }

            for (var k = 0; k < u.Codes.Length; k++)
            {
                if (k == i)
                {
                    continue;
                }

                seed[i, k] = gravity[i, k];
                seed[k, i] = gravity[k, i];
                sources[i, k] = CellSource.GravityFilled;
                sources[k, i] = CellSource.GravityFilled;
            }
        }
    }
}
