using System.Collections.Immutable;
using DigitalTrade.Model.Events;
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
    ImmutableArray<ScenarioEvent> Events);
