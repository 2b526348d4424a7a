using System.Collections.Immutable;

namespace DigitalTrade.Outputs;

/// <summary>The tables a run writes; their names and columns are a contract (add columns, never rename).</summary>
public static class OutputTables
{
    /// <summary>countries.csv: one row per round and country.</summary>
    public const string Countries = "countries";

    /// <summary>country_sectors.csv: per round, country and sector.</summary>
    public const string CountrySectors = "country_sectors";

    /// <summary>pairs.csv: per round, exporter, importer and sector.</summary>
    public const string Pairs = "pairs";

    /// <summary>world.csv: per round.</summary>
    public const string World = "world";

    /// <summary>events.csv: what happened in each round.</summary>
    public const string Events = "events";

    /// <summary>disputes.csv: one row per dispute, as it stands at the end of the run.</summary>
    public const string Disputes = "disputes";

    /// <summary>dispute_stages.csv: one row per stage a dispute entered, with its round.</summary>
    public const string DisputeStages = "dispute_stages";

    /// <summary>Every table, in the order they are listed in the manifest.</summary>
    public static ImmutableArray<string> All { get; } = [Countries, CountrySectors, Pairs, World, Events, Disputes, DisputeStages];

    /// <summary>The file name of a table.</summary>
    public static string FileName(string table) => table + ".csv";
}
