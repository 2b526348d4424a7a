using System.Collections.Immutable;
using DigitalTrade.Contracts;
using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.State;

namespace DigitalTrade.Grains;

/// <summary>An agreement: keeps its parties and rulings and calls the model to check its members' decisions.</summary>
public sealed class AgreementGrain(
    [PersistentState("agreement", StorageNames.Runs)] IPersistentState<AgreementGrainState> state)
    : Grain, IAgreementGrain
{
    /// <inheritdoc />
    public async Task Initialise(AgreementDefinition definition, ulong seed, PolicyParameters policy)
    {
        if (state.State.Definition is not null)
        {
            return; // a resumed run initialises again; the first set-up stands
        }

        state.State.Definition = definition;
        state.State.Seed = seed;
        state.State.Policy = policy;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task<AgreementDefinition> Join(int round, string iso3)
    {
        var definition = Definition();
        if (definition.JoinRound(iso3) is not null)
        {
            return definition; // the accession was already applied (a replayed round)
        }

        state.State.Definition = definition.Join(iso3, round);
        await state.WriteStateAsync();
        return state.State.Definition;
    }

    /// <inheritdoc />
    public Task<AgreementDefinition> GetDefinition() => Task.FromResult(Definition());

    /// <inheritdoc />
    public async Task<ImmutableArray<CommitmentRuling>> Check(
        int round, ImmutableArray<CountryState> states, ImmutableArray<PolicyProposal> proposals, DisputeContext disputes)
    {
        var definition = Definition();
        if (round <= state.State.CheckedRound)
        {
            return [.. state.State.LastRulings];
        }

        var policy = state.State.Policy ?? throw new InvalidOperationException("agreement without policy parameters");
        var rulings = PolicyRules.Check(definition, states, proposals, round, state.State.Seed, policy, disputes);
        state.State.CheckedRound = round;
        state.State.LastRulings = [.. rulings];
        if (rulings.Length > 0)
        {
            // Without rulings nothing is checkpointed: a replay of the round rules the same, on the same states.
            state.State.Rulings.AddRange(rulings);
            await state.WriteStateAsync();
        }

        return rulings;
    }

    /// <inheritdoc />
    public Task<ImmutableArray<CommitmentRuling>> GetRulings() => Task.FromResult(state.State.Rulings.ToImmutableArray());

    private AgreementDefinition Definition() =>
        state.State.Definition ?? throw new InvalidOperationException($"agreement {this.GetPrimaryKeyString()} was never initialised");
}
