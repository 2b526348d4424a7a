using DigitalTrade.Contracts;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Parameters;

namespace DigitalTrade.Grains;

/// <summary>What a dispute persists: its state, and the last round it advanced with what that round did.</summary>
public sealed class DisputeGrainState
{
    /// <summary>The dispute (null until opened).</summary>
    public DisputeState? Dispute { get; set; }

    /// <summary>Last round advanced (−1: none).</summary>
    public int AdvancedRound { get; set; } = -1;

    /// <summary>What the last round advanced did, answered again if that round is replayed.</summary>
    public DisputeAdvance? LastAdvance { get; set; }

    /// <summary>The round whose start <see cref="StartDispute"/> is (−1: none).</summary>
    public int StartRound { get; set; } = -1;

    /// <summary>The dispute as it stood before it advanced in <see cref="StartRound"/>: a replayed round starts from it.</summary>
    public DisputeState? StartDispute { get; set; }
}

/// <summary>One dispute: keeps its procedure and calls the model to move it on.</summary>
public sealed class DisputeGrain(
    [PersistentState("dispute", StorageNames.Runs)] IPersistentState<DisputeGrainState> state)
    : Grain, IDisputeGrain
{
    /// <inheritdoc />
    public async Task Open(DisputeState filed)
    {
        if (state.State.Dispute is not null)
        {
            return; // a replayed round files again; the first filing stands
        }

        state.State.Dispute = filed;
        state.State.AdvancedRound = filed.FiledRound;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task<DisputeAdvance> Advance(int round, DisputeContext context, ModelParameters parameters)
    {
        var dispute = Current();
        if (round <= state.State.AdvancedRound)
        {
            return state.State.LastAdvance is { } last && state.State.AdvancedRound == round ? last : new DisputeAdvance(dispute, [], null);
        }

        var (advanced, stages, effect) = DisputeRules.Advance(dispute, round, context, parameters);
        var result = new DisputeAdvance(advanced, stages, effect);
        state.State.StartRound = round;
        state.State.StartDispute = dispute;
        state.State.AdvancedRound = round;
        state.State.LastAdvance = result;
        if (!ReferenceEquals(advanced, dispute))
        {
            state.State.Dispute = advanced;
            await state.WriteStateAsync();
        }

        return result;
    }

    /// <inheritdoc />
    public Task<DisputeState> GetState() => Task.FromResult(Current());

    /// <inheritdoc />
    public Task<DisputeState> GetStateAt(int round) =>
        Task.FromResult(state.State.StartRound == round && state.State.StartDispute is { } start ? start : Current());

    private DisputeState Current() =>
        state.State.Dispute ?? throw new InvalidOperationException($"dispute {this.GetPrimaryKeyString()} was never opened");
}
