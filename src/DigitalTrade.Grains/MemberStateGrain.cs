using System.Collections.Immutable;
using DigitalTrade.Contracts;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Events;
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

        var profile = scenario.Countries.SingleOrDefault(c => c.Iso3 == Iso3)
            ?? throw new ArgumentException($"country {Iso3} is not in scenario {scenario.Name}", nameof(scenario));
        state.State.Context = MemberContext.From(scenario);
        state.State.Country = CountryState.Initial(profile, scenario.Countries.Length, scenario.Parameters);
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task<CountryState> ApplyEvents(int round, ImmutableArray<ScenarioEvent> events)
    {
        var (context, country) = Current();
        if (round <= state.State.EventsRound)
        {
            return country;
        }

        state.State.EventsRound = round;
        if (!events.Any(e => e.Concerns(country.Iso3)))
        {
            return country; // nothing changes, so nothing to checkpoint: replaying the round is harmless
        }

        var changed = EventRules.Apply(country, events, context.Countries, context.Parameters);
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
