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
}
