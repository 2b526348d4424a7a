namespace DigitalTrade.Grains;

/// <summary>Names of the grain storage providers the grains expect a silo to register.</summary>
public static class StorageNames
{
    /// <summary>Where runs, member states and the registry keep their state.</summary>
    public const string Runs = "runs";
}
