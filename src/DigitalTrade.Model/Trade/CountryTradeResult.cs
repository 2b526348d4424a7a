using System.Collections.Immutable;

namespace DigitalTrade.Model.Trade;

/// <summary>What one country takes from a round's trade equilibrium back into its state.</summary>
/// <param name="Iso3">The country.</param>
/// <param name="Exports">International sales per sector, USD bn.</param>
/// <param name="Imports">International purchases per sector, USD bn.</param>
/// <param name="PriceIndex">Sector price index P^k (the inward resistance as a price), per sector.</param>
/// <param name="RealIncome">GDP deflated by the Cobb–Douglas consumer price index.</param>
public sealed record CountryTradeResult(
    string Iso3,
    ImmutableArray<double> Exports,
    ImmutableArray<double> Imports,
    ImmutableArray<double> PriceIndex,
    double RealIncome);
