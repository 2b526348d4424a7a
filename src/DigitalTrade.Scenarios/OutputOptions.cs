using System.Collections.Immutable;

namespace DigitalTrade.Scenarios;

/// <summary>
/// What a scenario asks of its outputs: a folder (relative to the current directory; null when the
/// scenario names none) and the tables to write, in canonical order (all of them when it names none).
/// </summary>
public sealed record OutputOptions(string? Directory, ImmutableArray<string> Tables)
{
    /// <summary>Every table a run can write, in canonical order.</summary>
    public static ImmutableArray<string> AllTables { get; } =
        ["countries", "country_sectors", "pairs", "world", "events", "disputes", "dispute_stages"];
}
