using System.Collections.Immutable;
using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.State;

namespace DigitalTrade.Contracts;

/// <summary>
/// One agreement of one run (key: <see cref="GrainKeys.Agreement"/>): its parties and provisions, its
/// accessions, and the rulings of its commitments on the members' barrier decisions (DESIGN §3).
/// Each round-phase method is idempotent for its round.
/// </summary>
[Alias("DigitalTrade.IAgreementGrain")]
public interface IAgreementGrain : IGrainWithStringKey
{
    /// <summary>Sets the agreement up as the scenario defines it, with the run's seed and policy parameters.</summary>
    [Alias("Initialise")]
    Task Initialise(AgreementDefinition definition, ulong seed, PolicyParameters policy);

    /// <summary>A country accedes at the round; answers the agreement as it now stands.</summary>
    [Alias("Join")]
    Task<AgreementDefinition> Join(int round, string iso3);

    /// <summary>The agreement as it now stands.</summary>
    [Alias("GetDefinition")]
    Task<AgreementDefinition> GetDefinition();

    /// <summary>
    /// Phase 3: rules on the increases its members propose, from their states (canonical order), weighing the
    /// deterrence of the run's dispute settlement as it stands.
    /// </summary>
    [Alias("Check")]
    Task<ImmutableArray<CommitmentRuling>> Check(int round, ImmutableArray<CountryState> states, ImmutableArray<PolicyProposal> proposals, DisputeContext disputes);

    /// <summary>Every ruling so far, in round order.</summary>
    [Alias("GetRulings")]
    Task<ImmutableArray<CommitmentRuling>> GetRulings();
}
