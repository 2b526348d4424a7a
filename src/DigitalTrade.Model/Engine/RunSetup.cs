using System.Collections.Immutable;
using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Digital;
using DigitalTrade.Model.Infrastructure;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.State;
using DigitalTrade.Model.Trade;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Engine;

/// <summary>
/// Round 0 of a run, as a pure function of the scenario: every member's starting state (economy,
/// barriers, readiness, and the bindings of the agreements already in force), the starting network,
/// and the cost context of any round. Grains and the reference engine build the same ones.
/// </summary>
public static class RunSetup
{
    /// <summary>Every member's round-0 state in canonical order.</summary>
    public static CountryState[] InitialStates(ScenarioDefinition scenario) =>
        [.. Enumerable.Range(0, scenario.Countries.Length).Select(i => InitialState(scenario, i))];

    /// <summary>The round-0 state of the country with the given canonical index.</summary>
    public static CountryState InitialState(ScenarioDefinition scenario, int index)
    {
        var parameters = scenario.Parameters;
        var profile = scenario.Countries[index];
        var countries = scenario.Countries.Select(c => c.Iso3).ToImmutableArray();
        var state = CountryState.Initial(profile, countries.Length, parameters);
        if (!scenario.Setups.IsDefaultOrEmpty)
        {
            var setup = scenario.Setups[index];
            if (setup.Iso3 != profile.Iso3)
            {
                throw new ArgumentException($"set-up {index} is {setup.Iso3}, expected {profile.Iso3}: set-ups must be in canonical order", nameof(scenario));
            }

            state = state with
            {
                Policy = new PolicyState(setup.Levels, setup.DataRegime, setup.Sovereignty, setup.WtoMember, scenario.MoratoriumInForce, []),
                Digital = new DigitalState(
                    setup.Readiness ?? ReadinessRules.Initial(profile, parameters.Readiness), setup.Paperless, setup.PilotZone, []),
            };
        }
        else
        {
            state = state with { Policy = PolicyState.Open with { WtoMember = profile.WtoMember, MoratoriumInForce = scenario.MoratoriumInForce } };
        }

        foreach (var agreement in scenario.Agreements)
        {
            state = AgreementRules.Open(state, agreement, 0);
        }

        return PolicyRules.Remember(state, countries, 0);
    }

    /// <summary>The network at round 0.</summary>
    public static NetworkState InitialNetwork(ScenarioDefinition scenario) => NetworkState.Empty.Add(scenario.Links);

    /// <summary>The cost context of a round: its latencies over the network and the agreements as they stand.</summary>
    public static CostContext CostContextAt(
        WorldGeometry world, ScenarioDefinition scenario, int round, NetworkState network, ImmutableArray<AgreementDefinition> agreements) =>
        CostContextAt(world, scenario.Parameters.Latency, round, network, agreements);

    /// <summary>The cost context of a round from the latency parameters.</summary>
    public static CostContext CostContextAt(
        WorldGeometry world, LatencyParameters latency, int round, NetworkState network, ImmutableArray<AgreementDefinition> agreements) =>
        new(round, LatencyNetwork.Build(world, network.Links, latency).RoundTripMatrix(), agreements);
}
