using System.Collections.Immutable;
using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Events;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.State;
using DigitalTrade.Model.Trade;
using DigitalTrade.Model.World;

namespace DigitalTrade.Contracts;

/// <summary>
/// One member state of one run (key: <c>{runId}/{ISO3}</c>, see <see cref="GrainKeys"/>): its
/// economy, barriers and commitments, readiness and memory. Each round-phase method is idempotent
/// for its round, so a run resumed mid-round never applies a phase twice.
/// </summary>
[Alias("DigitalTrade.IMemberStateGrain")]
public interface IMemberStateGrain : IGrainWithStringKey
{
    /// <summary>Sets the country up at its round-0 state for the scenario.</summary>
    [Alias("Initialise")]
    Task Initialise(ScenarioDefinition scenario);

    /// <summary>
    /// Phase 1: applies the round's events that concern this country and the agreements' new coverage; answers its state.
    /// Called again for a round it already began (the run replays the round after a failure), it starts the round again
    /// from the state at its start, so the replay computes what the first play did.
    /// </summary>
    [Alias("OpenRound")]
    Task<CountryState> OpenRound(int round, ImmutableArray<ScenarioEvent> events, ImmutableArray<AgreementDefinition> agreements);

    /// <summary>Phase 2: the country's proposed barrier changes, given the reciprocity signal.</summary>
    [Alias("Decide")]
    Task<ImmutableArray<PolicyProposal>> Decide(int round, double reciprocity);

    /// <summary>Phase 3: applies its proposals (as <see cref="Decide"/> answered them) as the agreements ruled on them; answers its state.</summary>
    [Alias("ApplyPolicy")]
    Task<CountryState> ApplyPolicy(int round, ImmutableArray<PolicyProposal> proposals, ImmutableArray<CommitmentRuling> rulings);

    /// <summary>Phase 3: applies the ends of disputes that concern this country (restored bindings, retaliation); answers its state.</summary>
    [Alias("ApplyDisputeEffects")]
    Task<CountryState> ApplyDisputeEffects(int round, ImmutableArray<DisputeEffect> effects);

    /// <summary>Phase 5: takes the round's trade result and grows.</summary>
    [Alias("CloseRound")]
    Task CloseRound(int round, CountryTradeResult result);

    /// <summary>The current state.</summary>
    [Alias("GetState")]
    Task<CountryState> GetState();
}
