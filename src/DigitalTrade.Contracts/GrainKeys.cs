namespace DigitalTrade.Contracts;

/// <summary>How grain keys carry the run, so any number of runs share one cluster (DESIGN §3).</summary>
public static class GrainKeys
{
    /// <summary>The key of the single run registry.</summary>
    public const string Registry = "registry";

    /// <summary>The key of a member state: <c>{runId}/{ISO3}</c>.</summary>
    public static string Member(string runId, string iso3) => $"{runId}/{iso3}";

    /// <summary>True when a run id can be used in keys and folder names.</summary>
    public static bool IsValidRunId(string runId) =>
        runId.Length is > 0 and <= 128 && runId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
