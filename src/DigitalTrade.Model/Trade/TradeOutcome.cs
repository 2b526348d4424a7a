using System.Collections.Immutable;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Trade;

/// <summary>The trade phase of one round: one full-endowment equilibrium per sector and each country's share of it.</summary>
/// <param name="Sectors">Equilibria in sector order.</param>
/// <param name="TradeCost">T_ij per sector, as used in the solve.</param>
/// <param name="Countries">Per-country results in canonical order.</param>
public sealed record TradeOutcome(
    ImmutableArray<SectorOutcome> Sectors,
    ImmutableArray<double[,]> TradeCost,
    ImmutableArray<CountryTradeResult> Countries)
{
    /// <summary>The equilibrium of one sector.</summary>
    public SectorOutcome this[Sector sector] => Sectors[(int)sector];
}
