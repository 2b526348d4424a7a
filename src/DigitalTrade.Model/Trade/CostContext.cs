using System.Collections.Immutable;
using DigitalTrade.Model.Agreements;

namespace DigitalTrade.Model.Trade;

/// <summary>
/// What trade costs need beyond the member states: the round (tariff schedules and RTA phase-in run by
/// round), the round-trip latency of every pair from the network, and the agreements in force with their
/// parties. A null latency matrix leaves the latency term out.
/// </summary>
public sealed record CostContext(int Round, double[,]? LatencyMs, ImmutableArray<AgreementDefinition> Agreements)
{
    /// <summary>No network and no agreements: geography, member barriers and event shifts only.</summary>
    public static CostContext Neutral { get; } = new(0, null, []);
}
