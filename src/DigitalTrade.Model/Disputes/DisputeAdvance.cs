using System.Collections.Immutable;

namespace DigitalTrade.Model.Disputes;

/// <summary>What one round did to a dispute: its new state, the stages it entered, and what its end changes.</summary>
public sealed record DisputeAdvance(DisputeState State, ImmutableArray<DisputeStageRow> Stages, DisputeEffect? Effect);
