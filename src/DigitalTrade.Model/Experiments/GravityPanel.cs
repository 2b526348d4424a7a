using System.Collections.Immutable;

namespace DigitalTrade.Model.Experiments;

/// <summary>
/// A panel of bilateral flows as an experiment reads it: one entry per observation
/// (exporter, importer, year), the flow, the symmetric pair id and every numeric column by name.
/// Domestic flows (exporter = importer) are part of it, as structural gravity requires.
/// </summary>
public sealed record GravityPanel(
    ImmutableArray<string> Exporter,
    ImmutableArray<string> Importer,
    ImmutableArray<int> Year,
    ImmutableArray<double> Flow,
    ImmutableArray<int> PairId,
    ImmutableDictionary<string, ImmutableArray<double>> Columns)
{
    /// <summary>Number of observations.</summary>
    public int Count => Flow.Length;

    /// <summary>Countries that appear as exporter or importer, in ordinal order.</summary>
    public ImmutableArray<string> Countries() =>
        [.. Exporter.Concat(Importer).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The years present, ascending.</summary>
    public ImmutableArray<int> Years() => [.. Year.Distinct().Order()];

    /// <summary>
    /// Symmetric pair ids for data without a pair id column: ij and ji share one, every domestic pair
    /// has its own; numbered 1, 2, … in ordinal order of the two codes.
    /// </summary>
    public static int[] SymmetricPairIds(IReadOnlyList<string> exporter, IReadOnlyList<string> importer)
    {
        ArgumentNullException.ThrowIfNull(exporter);
        ArgumentNullException.ThrowIfNull(importer);
        var keys = exporter.Zip(importer, (e, i) => string.CompareOrdinal(e, i) <= 0 ? (e, i) : (i, e)).ToArray();
        var ids = keys.Distinct().OrderBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2, StringComparer.Ordinal)
            .Select((k, n) => (k, n + 1)).ToDictionary(p => p.k, p => p.Item2);
        return [.. keys.Select(k => ids[k])];
    }
}
