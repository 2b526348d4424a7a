namespace DigitalTrade.Contracts;

/// <summary>How grain keys carry the run, so any number of runs share one cluster (DESIGN §3).</summary>
public static class GrainKeys
{
    /// <summary>The key of the single run registry.</summary>
    public const string Registry = "registry";

    /// <summary>The key of a member state: <c>{runId}/{ISO3}</c>.</summary>
    public static string Member(string runId, string iso3) => $"{runId}/{iso3}";

    /// <summary>The key of an agreement: <c>{runId}/{agreementId}</c>.</summary>
    public static string Agreement(string runId, string agreementId) => $"{runId}/agreement/{agreementId}";

    /// <summary>The key of a dispute: <c>{runId}/dispute/{disputeId}</c>.</summary>
    public static string Dispute(string runId, string disputeId) => $"{runId}/dispute/{disputeId}";

    /// <summary>The key of a run's report of one round.</summary>
    public static string Report(string runId, int round) => $"{runId}/report/{round}";
}
