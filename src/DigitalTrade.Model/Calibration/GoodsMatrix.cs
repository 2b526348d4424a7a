using System.Collections.Immutable;

namespace DigitalTrade.Model.Calibration;

/// <summary>
/// One year of bilateral merchandise exports (IMF DOTS, exporter's FOB basis, USD bn): exporters in rows,
/// importers in columns, over a set of countries and <see cref="ObservedData.RestOfWorld"/>. A null cell is not
/// in the source (which never means zero); <see cref="IsImfEstimate"/> marks cells the IMF estimated from the
/// partner's records. The countries' diagonal is null (DOTS has no domestic sales).
/// </summary>
public sealed class GoodsMatrix
{
    private readonly double?[,] _values;
    private readonly bool[,] _estimates;
    private readonly Dictionary<string, int> _index;

    /// <summary>Checks and wraps a matrix; the regions must be distinct and include the rest of the world.</summary>
    public GoodsMatrix(int year, IReadOnlyList<string> regions, double?[,] valuesUsdBn, bool[,] imfEstimates)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(valuesUsdBn);
        ArgumentNullException.ThrowIfNull(imfEstimates);
        var n = regions.Count;
        if (valuesUsdBn.GetLength(0) != n || valuesUsdBn.GetLength(1) != n || imfEstimates.GetLength(0) != n || imfEstimates.GetLength(1) != n)
        {
            throw new ArgumentException($"expected {n}×{n} values and flags for {n} regions");
        }

        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            if (!_index.TryAdd(regions[i], i))
            {
                throw new ArgumentException($"region {regions[i]} appears twice");
            }
        }

        if (!_index.ContainsKey(ObservedData.RestOfWorld))
        {
            throw new ArgumentException($"a goods matrix needs a {ObservedData.RestOfWorld} row and column");
        }

        foreach (var value in valuesUsdBn)
        {
            if (value is { } v && (!double.IsFinite(v) || v < 0))
            {
                throw new ArgumentOutOfRangeException(nameof(valuesUsdBn), v, "flows must be finite and non-negative");
            }
        }

        Year = year;
        Regions = [.. regions];
        _values = (double?[,])valuesUsdBn.Clone();
        _estimates = (bool[,])imfEstimates.Clone();
    }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>The regions in the file's order (countries and the rest of the world).</summary>
    public ImmutableArray<string> Regions { get; }

    /// <summary>True when the region has a row and a column.</summary>
    public bool Contains(string region) => _index.ContainsKey(region);

    /// <summary>The exports of one region to another, USD bn; null when not in the source.</summary>
    public double? Value(string exporter, string importer) => _values[_index[exporter], _index[importer]];

    /// <summary>True when the IMF estimated the cell from the partner's records.</summary>
    public bool IsImfEstimate(string exporter, string importer) => _estimates[_index[exporter], _index[importer]];

    /// <summary>The sum of every cell in the source: the world's exports.</summary>
    public double Total()
    {
        var total = 0.0;
        foreach (var value in _values)
        {
            total += value ?? 0.0;
        }

        return total;
    }
}
