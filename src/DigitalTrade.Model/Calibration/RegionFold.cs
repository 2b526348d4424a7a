namespace DigitalTrade.Model.Calibration;

/// <summary>
/// Picks the scenario's countries out of the universe: every other country joins the rest of the world,
/// its rows and columns added to ROW's (its trade with ROW and its domestic sales become ROW's diagonal).
/// </summary>
internal static class RegionFold
{
    /// <summary>For each universe index, the index in the scenario's regions (ROW last).</summary>
    public static int[] Map(Universe u, IReadOnlyList<string> regions)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < regions.Count; k++)
        {
            index.Add(regions[k], k);
        }

        return [.. u.Codes.Select(c => index.TryGetValue(c, out var k) ? k : regions.Count)];
    }

    public static (double[,] Flows, CellSource[,] Sources) Fold(double[,] flows, CellSource[,] sources, int[] map, int regions)
    {
        var m = regions + 1;
        var folded = new double[m, m];
        var merged = new CellSource?[m, m];
        for (var i = 0; i < map.Length; i++)
        {
            for (var j = 0; j < map.Length; j++)
            {
                var (a, b) = (map[i], map[j]);
                folded[a, b] += flows[i, j];
                merged[a, b] = merged[a, b] is null || merged[a, b] == sources[i, j] ? sources[i, j] : CellSource.Residual;
            }
        }

        var result = new CellSource[m, m];
        for (var a = 0; a < m; a++)
        {
            for (var b = 0; b < m; b++)
            {
                result[a, b] = a == b ? CellSource.Domestic : merged[a, b] ?? CellSource.Absent;
            }
        }

        return (folded, result);
    }
}
