using System.Collections.Immutable;
using DigitalTrade.Contracts;
using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Events;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.State;
using DigitalTrade.Model.Trade;
using DigitalTrade.Model.World;

namespace DigitalTrade.Grains;

/// <summary>A member state: keeps its country's state and calls the model for each of its phases.</summary>
public sealed class MemberStateGrain(
    [PersistentState("member", StorageNames.Runs)] IPersistentState<MemberStateGrainState> state)
    : Grain, IMemberStateGrain
{
    private string Iso3 => this.GetPrimaryKeyString().Split('/')[^1];

    /// <inheritdoc />
    public async Task Initialise(ScenarioDefinition scenario)
    {
        if (state.State.Context is not null)
        {
            return; // a resumed run initialises again; the first set-up stands
        }

        var index = scenario.Countries.Select(c => c.Iso3).ToList().IndexOf(Iso3);
        if (index < 0)
        {
            throw new ArgumentException($"country {Iso3} is not in scenario {scenario.Name}", nameof(scenario));
        }

        state.State.Context = MemberContext.From(scenario);
        state.State.Country = RunSetup.InitialState(scenario, index);
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task<CountryState> OpenRound(int round, ImmutableArray<ScenarioEvent> events, ImmutableArray<AgreementDefinition> agreements)
    {
        var (context, country) = Current();
        if (round == state.State.StartRound && round <= state.State.EventsRound)
        {
            // The round is played again (its run's checkpoint is older than some of its phases here, after a failure):
            // start again from the state at its start, so that the replay computes exactly what the first play did.
            country = state.State.StartCountry!;
            state.State.Country = country;
            state.State.EventsRound = state.State.DecidedRound = state.State.PolicyRound = round - 1;
            state.State.DisputesRound = Math.Min(state.State.DisputesRound, round - 1);
            state.State.ClosedRound = Math.Min(state.State.ClosedRound, round - 1);
            state.State.Proposals = [];
        }
        else if (round <= state.State.EventsRound)
        {
            return country;
        }
        else
        {
            // Kept in memory and persisted with the round's first write: a round nothing was written in starts from
            // the stored state anyway.
            state.State.StartRound = round;
            state.State.StartCountry = country;
        }

        var opened = MemberSteps.OpenRound(country, events, agreements, round, context);
        state.State.EventsRound = round;
        if (ReferenceEquals(opened, country))
        {
            return country; // nothing changed, so nothing to checkpoint: replaying the phase gives the same state
        }

        state.State.Country = opened;
        await state.WriteStateAsync();
        return opened;
    }

    /// <inheritdoc />
    public Task<ImmutableArray<PolicyProposal>> Decide(int round, double reciprocity)
    {
        var (context, country) = Current();
        if (round <= state.State.DecidedRound)
        {
            return Task.FromResult<ImmutableArray<PolicyProposal>>([.. state.State.Proposals]);
        }

        // Not checkpointed here: until the policy is applied the state is unchanged, so a replay decides the same;
        // ApplyPolicy checkpoints the proposals with the state they produced.
        var proposals = MemberSteps.Decide(country, reciprocity, round, context);
        state.State.DecidedRound = round;
        state.State.Proposals = [.. proposals];
        return Task.FromResult(proposals);
    }

    /// <inheritdoc />
    public async Task<CountryState> ApplyPolicy(int round, ImmutableArray<PolicyProposal> proposals, ImmutableArray<CommitmentRuling> rulings)
    {
        var (context, country) = Current();
        if (round <= state.State.PolicyRound)
        {
            return country;
        }

        var applied = MemberSteps.ApplyPolicy(country, proposals, rulings, round, context);
        state.State.DecidedRound = round;
        state.State.Proposals = [.. proposals];
        state.State.PolicyRound = round;
        state.State.Country = applied;
        await state.WriteStateAsync();
        return applied;
    }

    /// <inheritdoc />
    public async Task<CountryState> ApplyDisputeEffects(int round, ImmutableArray<DisputeEffect> effects)
    {
        var (_, country) = Current();
        if (round <= state.State.DisputesRound)
        {
            return country;
        }

        var changed = DisputeEffects.Apply(country, effects);
        state.State.DisputesRound = round;
        if (ReferenceEquals(changed, country))
        {
            return country;
        }

        state.State.Country = changed;
        await state.WriteStateAsync();
        return changed;
    }

    /// <inheritdoc />
    public async Task CloseRound(int round, CountryTradeResult result)
    {
        var (context, country) = Current();
        if (round <= state.State.ClosedRound)
        {
            return;
        }

        state.State.Country = MemberSteps.CloseRound(country, result, round, context);
        state.State.ClosedRound = round;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<CountryState> GetState() => Task.FromResult(Current().Country);

    private (MemberContext Context, CountryState Country) Current() =>
        state.State is { Context: { } context, Country: { } country }
            ? (context, country)
            : throw new InvalidOperationException($"member state {this.GetPrimaryKeyString()} was never initialised");
}
