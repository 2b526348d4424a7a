using System.Collections.Immutable;
using DigitalTrade.Model.Events;
using DigitalTrade.Model.State;
using DigitalTrade.Model.Trade;
using DigitalTrade.Model.World;

namespace DigitalTrade.Contracts;

/// <summary>
/// One member state of one run (key: <c>{runId}/{ISO3}</c>, see <see cref="GrainKeys"/>): its
/// economy, trade-cost shifts and last round's results. Each round-phase method is idempotent
/// for its round, so a run resumed mid-round never applies a phase twice.
/// </summary>
[Alias("DigitalTrade.IMemberStateGrain")]
public interface IMemberStateGrain : IGrainWithStringKey
{
    /// <summary>Sets the country up at its round-0 state for the scenario.</summary>
    [Alias("Initialise")]
    Task Initialise(ScenarioDefinition scenario);

    /// <summary>Phase 1: applies the round's events that concern this country and answers its state.</summary>
    [Alias("ApplyEvents")]
    Task<CountryState> ApplyEvents(int round, ImmutableArray<ScenarioEvent> events);

    /// <summary>Phase 5: takes the round's trade result and grows.</summary>
    [Alias("CloseRound")]
    Task CloseRound(int round, CountryTradeResult result);

    /// <summary>The current state.</summary>
    [Alias("GetState")]
    Task<CountryState> GetState();
}
