using System.Collections.Immutable;

namespace DigitalTrade.Model.Disputes;

/// <summary>What a round records of disputes: the stages entered, every dispute as it stands, and counts.</summary>
public sealed record DisputeRecord(ImmutableArray<DisputeStageRow> Stages, ImmutableArray<DisputeRow> Disputes, int Filed, int Open)
{
    /// <summary>No disputes.</summary>
    public static DisputeRecord Empty { get; } = new([], [], 0, 0);

    /// <summary>The record of a round from the disputes after it (filing order) and the stage rows it produced.</summary>
    public static DisputeRecord Of(IEnumerable<DisputeState> disputes, IEnumerable<DisputeStageRow> stages, int filed)
    {
        var all = disputes.ToImmutableArray();
        return new DisputeRecord([.. stages], [.. all.Select(DisputeRow.Of)], filed, all.Count(d => d.IsOpen));
    }
}
