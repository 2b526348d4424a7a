using System.Collections.Immutable;
using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Events;
using DigitalTrade.Model.Infrastructure;
using DigitalTrade.Model.Parameters;

namespace DigitalTrade.Model.World;

/// <summary>
/// A validated scenario with its data resolved: everything a run needs, nothing that needs a
/// file system. Countries are in canonical (ordinal ISO3) order; events in round order.
/// </summary>
public sealed record ScenarioDefinition(
    string Name,
    string Description,
    ulong Seed,
    int Rounds,
    int RoundDays,
    ImmutableArray<CountryProfile> Countries,
    ImmutableArray<PairProfile> Pairs,
    ModelParameters Parameters,
    ImmutableArray<ScenarioEvent> Events)
{
    /// <summary>The network's links at round 0 (only in-service links; cable events add more).</summary>
    public ImmutableArray<NetworkLink> Links { get; init; } = [];

    /// <summary>Agreements, with the rounds their parties join (negative: in force before the simulation).</summary>
    public ImmutableArray<AgreementDefinition> Agreements { get; init; } = [];

    /// <summary>Each country's barriers and digital set-up at round 0, in canonical order (empty: neutral).</summary>
    public ImmutableArray<CountrySetup> Setups { get; init; } = [];

    /// <summary>The digital-trade dispute mechanism, or null when the scenario has none.</summary>
    public DigitalMechanism? DisputeMechanism { get; init; }

    /// <summary>True when the WTO moratorium on duties on electronic transmissions holds at round 0.</summary>
    public bool MoratoriumInForce { get; init; }

    /// <summary>
    /// The observed flows round 0 reproduces, with the rest of the world as a region; null for a world without
    /// observed data, whose baseline is gravity-filled from its trade costs (docs/model.md, "The equilibrium").
    /// </summary>
    public Calibration.ObservedTrade? Observed { get; init; }
}
