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
/// A row of countries.csv. Amounts in USD bn at baseline prices; readiness 0–1; digital restrictiveness
/// the applied average of the five measures, 0–1; tariffs and duties ad valorem (0.075 = 7.5%), the
/// duty 0 while the WTO moratorium binds the country.
/// </summary>
public sealed record CountryRow(
    int Round,
    string Iso3,
    double OutputUsdBn,
    double ExpenditureUsdBn,
    double RealIncomeIndex,
    double PopulationM,
    double ExportsUsdBn,
    double ImportsUsdBn,
    double TradeBalanceUsdBn,
    double PriceIndex,
    double GdpPerCapitaUsd,
    double Readiness,
    double DigitalRestrictiveness,
    double GoodsTariff,
    double ElectronicDuty);

/// <summary>
/// A row of country_sectors.csv: values of output, trade and spending; the inward resistance as the
/// sector price index P (1 at the reference country); the outward resistance index relative to
/// round 0; the endowment (quantity, USD bn at round-0 prices).
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
    double InwardResistance,
    double OutwardResistance,
    double EndowmentUsdBn);

/// <summary>A row of pairs.csv: one international flow; trade_cost is the iceberg factor t_ij.</summary>
public sealed record PairRow(
    int Round,
    string Exporter,
    string Importer,
    string Sector,
    double FlowUsdBn,
    double TradeCost,
    double LatencyMs,
    double DistanceKm);

/// <summary>
/// A row of world.csv: trade by sector, the digital divide (Ginis across countries of readiness and of
/// digital output per person), mean digital restrictiveness, and the round's policy changes and broken
/// commitments.
/// </summary>
public sealed record WorldRow(
    int Round,
    double TotalTradeUsdBn,
    double GoodsTradeUsdBn,
    double EcommerceTradeUsdBn,
    double DigitalTradeUsdBn,
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
