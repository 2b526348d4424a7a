using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Parameters;

namespace DigitalTrade.Contracts;

/// <summary>
/// One dispute of one run (key: <see cref="GrainKeys.Dispute"/>): its procedure from request to outcome
/// (DESIGN §3, §5.7). Advancing is idempotent for its round, and the procedure survives deactivation.
/// </summary>
[Alias("DigitalTrade.IDisputeGrain")]
public interface IDisputeGrain : IGrainWithStringKey
{
    /// <summary>Opens the dispute as filed.</summary>
    [Alias("Open")]
    Task Open(DisputeState filed);

    /// <summary>Phase 3: moves the dispute through every stage that ends by the round.</summary>
    [Alias("Advance")]
    Task<DisputeAdvance> Advance(int round, DisputeContext context, ModelParameters parameters);

    /// <summary>The dispute as it stands.</summary>
    [Alias("GetState")]
    Task<DisputeState> GetState();

    /// <summary>The dispute as it stood at the start of <paramref name="round"/>, before it advanced in it (a replayed round starts from it).</summary>
    [Alias("GetStateAt")]
    Task<DisputeState> GetStateAt(int round);
}
