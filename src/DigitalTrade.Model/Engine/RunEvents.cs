using System.Collections.Immutable;
using System.Globalization;
using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Events;
using DigitalTrade.Model.Infrastructure;
using DigitalTrade.Model.Policy;

namespace DigitalTrade.Model.Engine;

/// <summary>
/// The run-level side of phases 1 and 3: events that change the network (cables, upgrades) or an
/// agreement's parties (accessions), and the events.csv lines of each round's policy decisions and
/// commitment rulings.
/// </summary>
public static class RunEvents
{
    /// <summary>The network after the round's cable and upgrade events, in scenario order.</summary>
    public static NetworkState ApplyNetwork(NetworkState network, IEnumerable<ScenarioEvent> events)
    {
        foreach (var scenarioEvent in events)
        {
            network = scenarioEvent switch
            {
                CableLaid cable => network.Add(cable.Links()),
                LinkUpgrade upgrade => network.Upgrade(upgrade.From, upgrade.To, upgrade.LatencyFactor),
                _ => network,
            };
        }

        return network;
    }

    /// <summary>The agreements after the round's accessions, in scenario order.</summary>
    public static ImmutableArray<AgreementDefinition> ApplyAgreements(ImmutableArray<AgreementDefinition> agreements, IEnumerable<ScenarioEvent> events)
    {
        foreach (var scenarioEvent in events)
        {
            if (scenarioEvent is Accession accession)
            {
                agreements = AgreementRules.Join(agreements, accession.Agreement, accession.Country, accession.Round);
            }
        }

        return agreements;
    }

    /// <summary>The events.csv lines of a round's decisions: proposals in canonical country order, then rulings.</summary>
    public static IEnumerable<EventRecord> Describe(int round, IEnumerable<PolicyProposal> proposals, IEnumerable<CommitmentRuling> rulings)
    {
        foreach (var p in proposals)
        {
            yield return new EventRecord(
                round, PolicyKind, p.Country,
                string.Create(CultureInfo.InvariantCulture, $"measure={Measures.Name(p.Measure)}; from={p.From:0.####}; to={p.To:0.####}; score={p.Score:0.###}"));
        }

        foreach (var r in rulings)
        {
            yield return new EventRecord(
                round, CommitmentKind, r.Importer,
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"agreement={r.Agreement}; partner={r.Partner}; measure={Measures.Name(r.Measure)}; provisions={string.Join(' ', r.Provisions)}; dispute_settlement={(r.DisputeSettlement ? "true" : "false")}; outcome={OutcomeName(r.Outcome)}"));
        }
    }

    /// <summary>The events.csv kind of a policy decision.</summary>
    public const string PolicyKind = "policy";

    /// <summary>The events.csv kind of a commitment ruling.</summary>
    public const string CommitmentKind = "commitment";

    /// <summary>The name of a ruling's outcome in events.csv.</summary>
    public static string OutcomeName(RulingOutcome outcome) => outcome switch
    {
        RulingOutcome.Blocked => "blocked",
        RulingOutcome.PublicPolicyException => "public_policy_exception",
        RulingOutcome.SecurityException => "security_exception",
        RulingOutcome.Violated => "violated",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "unknown outcome"),
    };
}
