using System.Collections.Immutable;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Events;

namespace DigitalTrade.Model.Metrics;

/// <summary>Everything one round records: the rows it adds to each output table.</summary>
public sealed record RoundReport(
    int Round,
    ImmutableArray<CountryRow> Countries,
    ImmutableArray<CountrySectorRow> CountrySectors,
    ImmutableArray<PairRow> Pairs,
    WorldRow World,
    ImmutableArray<EventRecord> Events)
{
    /// <summary>dispute_stages.csv rows of the round: the stages disputes entered.</summary>
    public ImmutableArray<DisputeStageRow> DisputeStages { get; init; } = [];

    /// <summary>Every dispute filed so far as it stands after the round (disputes.csv is the last round's).</summary>
    public ImmutableArray<DisputeRow> Disputes { get; init; } = [];
}

/// <summary>
/// A row of countries.csv, one per region (the members, then <c>ROW</c> when the run has observed data). Amounts
/// in USD bn of the baseline year; GDP is round 0's times the change of factor income and tax revenue; the price
/// index is the consumer price index relative to round 0; exports, imports and the balance are at the exporter's
/// prices; readiness 0–1; digital restrictiveness the applied average of the five measures, 0–1; tariffs and
/// duties ad valorem (0.075 = 7.5%), the duty 0 while the WTO moratorium binds the country. Columns the rest of
/// the world has no value for (population, readiness, restrictiveness) are empty in its row.
/// </summary>
public sealed record CountryRow(
    int Round,
    string Iso3,
    double OutputUsdBn,
    double ExpenditureUsdBn,
    double RealIncomeIndex,
    double? PopulationM,
    double ExportsUsdBn,
    double ImportsUsdBn,
    double TradeBalanceUsdBn,
    double PriceIndex,
    double? GdpPerCapitaUsd,
    double? Readiness,
    double? DigitalRestrictiveness,
    double GoodsTariff,
    double ElectronicDuty,
    double TariffRevenueUsdBn,
    double DutyRevenueUsdBn);

/// <summary>
/// A row of country_sectors.csv: sales (domestic included) and trade at the exporter's prices, spending at the
/// buyer's prices, the sector's price index and the unit cost (factory-gate price) relative to round 0, and the
/// member's capacity (USD bn at round-0 prices; empty for the rest of the world).
/// </summary>
public sealed record CountrySectorRow(
    int Round,
    string Iso3,
    string Sector,
    double OutputUsdBn,
    double ExportsUsdBn,
    double ImportsUsdBn,
    double DomesticUsdBn,
    double ExpenditureUsdBn,
    double PriceIndex,
    double FactoryPrice,
    double? EndowmentUsdBn);

/// <summary>
/// A row of pairs.csv: one international flow at the exporter's prices; trade_cost is the non-tax iceberg factor
/// t_ij and tax_rate the importer's ad valorem tariff or duty on the route. Pairs with the rest of the world have
/// no trade cost, latency or distance.
/// </summary>
public sealed record PairRow(
    int Round,
    string Exporter,
    string Importer,
    string Sector,
    double FlowUsdBn,
    double? TradeCost,
    double TaxRate,
    double? LatencyMs,
    double? DistanceKm);

/// <summary>
/// A row of world.csv: international trade among all regions by sector row (goods = conventional + e-commerce), the
/// digital share ((e-commerce + digital) / total), world GDP, the digital divide (Ginis across countries of readiness and of
/// digital output per person), mean digital restrictiveness, and the round's policy changes and broken
/// commitments.
/// </summary>
public sealed record WorldRow(
    int Round,
    double TotalTradeUsdBn,
    double GoodsTradeUsdBn,
    double EcommerceTradeUsdBn,
    double DigitalTradeUsdBn,
    double OtherServicesTradeUsdBn,
    double DigitalShare,
    double WorldOutputUsdBn,
    int SolverIterations,
    double SolverMaxResidual,
    double ReadinessGini,
    double DigitalOutputPerCapitaGini,
    double MeanDigitalRestrictiveness,
    int PolicyChanges,
    int CommitmentViolations)
{
    /// <summary>Disputes filed in the round.</summary>
    public int DisputesFiled { get; init; }

    /// <summary>Disputes open after the round.</summary>
    public int OpenDisputes { get; init; }
}
