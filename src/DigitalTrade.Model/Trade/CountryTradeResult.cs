using System.Collections.Immutable;

namespace DigitalTrade.Model.Trade;

/// <summary>What one country takes from a round's trade equilibrium back into its state.</summary>
/// <param name="Iso3">The country.</param>
/// <param name="Output">Value of output per sector, p̂ Q (USD bn at round-0 prices times the price change).</param>
/// <param name="Expenditure">Spending per sector.</param>
/// <param name="Exports">International sales per sector.</param>
/// <param name="Imports">International purchases per sector.</param>
/// <param name="PriceIndex">Sector price index P^k (1 at the reference country), per sector.</param>
/// <param name="RealIncome">
/// Real expenditure at round-0 prices: the untraded output plus Σ_k E^k / P̂^k, which does not
/// depend on any sector's numeraire (welfare, DESIGN §5.4).
/// </param>
public sealed record CountryTradeResult(
    string Iso3,
    ImmutableArray<double> Output,
    ImmutableArray<double> Expenditure,
    ImmutableArray<double> Exports,
    ImmutableArray<double> Imports,
    ImmutableArray<double> PriceIndex,
    double RealIncome);
