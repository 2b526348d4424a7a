using System.Collections.Immutable;

namespace DigitalTrade.Model.Trade;

/// <summary>What one region takes from a round's equilibrium (members back into their states; the rest of the world into its row).</summary>
/// <param name="Iso3">The region.</param>
/// <param name="Output">Sales per sector at the exporter's prices, domestic sales included.</param>
/// <param name="Expenditure">Spending per sector at the buyer's prices.</param>
/// <param name="Exports">International sales per sector at the exporter's prices.</param>
/// <param name="Imports">International purchases per sector at the exporter's prices.</param>
/// <param name="PriceIndex">P̂^k, each sector's price index relative to round 0.</param>
/// <param name="RealIncome">
/// Real national income: GDP at round 0 times the change of factor income plus tax revenue, over the change of the
/// consumer price index P̂ = Π_k (P̂^k)^α^k (docs/model.md, "Welfare").
/// </param>
/// <param name="Gdp">GDP: round 0's times the change of factor income plus tax revenue, USD bn.</param>
/// <param name="PriceChange">P̂, the consumer price index relative to round 0.</param>
/// <param name="TariffRevenue">Revenue of tariffs and surcharges on goods (both channels), USD bn.</param>
/// <param name="DutyRevenue">Revenue of duties on electronic transmissions, USD bn.</param>
/// <param name="BaselineGdp">GDP of the baseline, the base of the rest of the world's real-income index.</param>
public sealed record CountryTradeResult(
    string Iso3,
    ImmutableArray<double> Output,
    ImmutableArray<double> Expenditure,
    ImmutableArray<double> Exports,
    ImmutableArray<double> Imports,
    ImmutableArray<double> PriceIndex,
    double RealIncome,
    double Gdp,
    double PriceChange,
    double TariffRevenue,
    double DutyRevenue,
    double BaselineGdp);
