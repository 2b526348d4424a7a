namespace DigitalTrade.Model.Calibration;

/// <summary>
/// The diagonal of the observed baseline (docs/model.md, "The observed baseline", domestic sales): each
/// region's gross output ρ·GDP less its exports of every sector, split across sectors by assumed shares.
/// ROW's diagonal also holds the trade within the rest of the world, which its gross output covers.
/// </summary>
internal static class DomesticSales
{
    public static void Add(Universe u, double[][,] flows, CellSource[][,] sources, ObservedBaselineOptions o, List<CalibrationNote> notes)
    {
        for (var i = 0; i < u.Codes.Length; i++)
        {
            var exports = 0.0;
            foreach (var x in flows)
            {
                for (var j = 0; j < u.Codes.Length; j++)
                {
                    exports += j != i || i == u.Rest ? x[i, j] : 0.0;
                }
            }

            var output = o.GrossOutputToGdp * u.Gdp[i];
            var domestic = output - exports;
            if (domestic < 0)
            {
                notes.Add(new CalibrationNote(u.Codes[i], "domestic",
                    $"gross output {o.GrossOutputToGdp}×GDP = {output:F1} bn is below exports {exports:F1} bn: domestic sales floored at 0"));
                domestic = 0.0;
            }

            foreach (var sector in BaselineSectors.All)
            {
                var k = (int)sector;
                flows[k][i, i] += o.DomesticShare(sector) * domestic;
                sources[k][i, i] = CellSource.Domestic;
            }
        }
    }
}
