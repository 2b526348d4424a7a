using System.Collections.Immutable;
using DigitalTrade.Contracts;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Trade;
using DigitalTrade.Model.World;

namespace DigitalTrade.Grains;

/// <summary>
/// What a simulation grain derives once from its scenario and keeps for the run's rounds: the world, the round
/// plan, the trade baseline and the grains of its members, agreements and dispute settlement.
/// </summary>
internal sealed record RunContext(
    ScenarioDefinition Scenario,
    WorldGeometry World,
    RoundPlan Plan,
    TradeBaseline Baseline,
    ImmutableArray<IMemberStateGrain> Members,
    ImmutableArray<IAgreementGrain> Agreements,
    DisputeContext Disputes);
