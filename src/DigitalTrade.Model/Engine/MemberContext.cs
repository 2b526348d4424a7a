using System.Collections.Immutable;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Engine;

/// <summary>
/// What a member state needs of its run to play its own phases: the countries in canonical
/// order (trade-cost shifts are indexed by them), the parameters, the seed and the round length.
/// Much smaller than the scenario, so a member persists it cheaply.
/// </summary>
public sealed record MemberContext(ImmutableArray<string> Countries, ModelParameters Parameters, ulong Seed, int RoundDays)
{
    /// <summary>The context of a scenario's members.</summary>
    public static MemberContext From(ScenarioDefinition scenario) =>
        new([.. scenario.Countries.Select(c => c.Iso3)], scenario.Parameters, scenario.Seed, scenario.RoundDays);
}
