using System.Collections.Immutable;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Trade;

/// <summary>The trade phase of one round: the multi-sector equilibrium as one outcome per sector row, and each region's share of it.</summary>
/// <param name="Regions">The regions: the members in canonical order, then <c>ROW</c> when the run has it.</param>
/// <param name="Sectors">Outcomes in sector order.</param>
/// <param name="TradeCost">T_ij per sector without taxes (members × members), as used in the solve.</param>
/// <param name="Countries">Per-region results, in <paramref name="Regions"/> order.</param>
public sealed record TradeOutcome(
    ImmutableArray<string> Regions,
    ImmutableArray<SectorOutcome> Sectors,
    ImmutableArray<double[,]> TradeCost,
    ImmutableArray<CountryTradeResult> Countries)
{
    /// <summary>The outcome of one sector row.</summary>
    public SectorOutcome this[Sector sector] => Sectors[(int)sector];
}
