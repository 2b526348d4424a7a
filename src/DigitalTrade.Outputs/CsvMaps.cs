using CsvHelper.Configuration;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Events;
using DigitalTrade.Model.Metrics;

namespace DigitalTrade.Outputs;

/// <summary>Column names and order of countries.csv.</summary>
public sealed class CountryRowMap : ClassMap<CountryRow>
{
    /// <summary>Defines the columns.</summary>
    public CountryRowMap()
    {
        Map(r => r.Round).Name("round");
        Map(r => r.Iso3).Name("iso3");
        Map(r => r.OutputUsdBn).Name("output_usd_bn");
        Map(r => r.ExpenditureUsdBn).Name("expenditure_usd_bn");
        Map(r => r.RealIncomeIndex).Name("real_income_index");
        Map(r => r.PopulationM).Name("population_m");
        Map(r => r.ExportsUsdBn).Name("exports_usd_bn");
        Map(r => r.ImportsUsdBn).Name("imports_usd_bn");
        Map(r => r.TradeBalanceUsdBn).Name("trade_balance_usd_bn");
        Map(r => r.PriceIndex).Name("price_index");
        Map(r => r.GdpPerCapitaUsd).Name("gdp_per_capita_usd");
        Map(r => r.Readiness).Name("readiness");
        Map(r => r.DigitalRestrictiveness).Name("digital_restrictiveness");
        Map(r => r.GoodsTariff).Name("goods_tariff");
        Map(r => r.ElectronicDuty).Name("electronic_duty");
        Map(r => r.TariffRevenueUsdBn).Name("tariff_revenue_usd_bn");
        Map(r => r.DutyRevenueUsdBn).Name("duty_revenue_usd_bn");
    }
}

/// <summary>Column names and order of country_sectors.csv.</summary>
public sealed class CountrySectorRowMap : ClassMap<CountrySectorRow>
{
    /// <summary>Defines the columns.</summary>
    public CountrySectorRowMap()
    {
        Map(r => r.Round).Name("round");
        Map(r => r.Iso3).Name("iso3");
        Map(r => r.Sector).Name("sector");
        Map(r => r.OutputUsdBn).Name("output_usd_bn");
        Map(r => r.ExportsUsdBn).Name("exports_usd_bn");
        Map(r => r.ImportsUsdBn).Name("imports_usd_bn");
        Map(r => r.DomesticUsdBn).Name("domestic_usd_bn");
        Map(r => r.ExpenditureUsdBn).Name("expenditure_usd_bn");
        Map(r => r.PriceIndex).Name("price_index");
        Map(r => r.FactoryPrice).Name("factory_price");
        Map(r => r.EndowmentUsdBn).Name("endowment_usd_bn");
    }
}

/// <summary>Column names and order of pairs.csv.</summary>
public sealed class PairRowMap : ClassMap<PairRow>
{
    /// <summary>Defines the columns.</summary>
    public PairRowMap()
    {
        Map(r => r.Round).Name("round");
        Map(r => r.Exporter).Name("exporter");
        Map(r => r.Importer).Name("importer");
        Map(r => r.Sector).Name("sector");
        Map(r => r.FlowUsdBn).Name("flow_usd_bn");
        Map(r => r.TradeCost).Name("trade_cost");
        Map(r => r.TaxRate).Name("tax_rate");
        Map(r => r.LatencyMs).Name("latency_ms");
        Map(r => r.DistanceKm).Name("distance_km");
    }
}

/// <summary>Column names and order of world.csv.</summary>
public sealed class WorldRowMap : ClassMap<WorldRow>
{
    /// <summary>Defines the columns.</summary>
    public WorldRowMap()
    {
        Map(r => r.Round).Name("round");
        Map(r => r.TotalTradeUsdBn).Name("total_trade_usd_bn");
        Map(r => r.GoodsTradeUsdBn).Name("goods_trade_usd_bn");
        Map(r => r.EcommerceTradeUsdBn).Name("ecommerce_trade_usd_bn");
        Map(r => r.DigitalTradeUsdBn).Name("digital_trade_usd_bn");
        Map(r => r.OtherServicesTradeUsdBn).Name("other_services_trade_usd_bn");
        Map(r => r.DigitalShare).Name("digital_share");
        Map(r => r.WorldOutputUsdBn).Name("world_output_usd_bn");
        Map(r => r.SolverIterations).Name("solver_iterations");
        Map(r => r.SolverMaxResidual).Name("solver_max_residual");
        Map(r => r.ReadinessGini).Name("readiness_gini");
        Map(r => r.DigitalOutputPerCapitaGini).Name("digital_output_per_capita_gini");
        Map(r => r.MeanDigitalRestrictiveness).Name("mean_digital_restrictiveness");
        Map(r => r.PolicyChanges).Name("policy_changes");
        Map(r => r.CommitmentViolations).Name("commitment_violations");
        Map(r => r.DisputesFiled).Name("disputes_filed");
        Map(r => r.OpenDisputes).Name("open_disputes");
    }
}

/// <summary>Column names and order of events.csv.</summary>
public sealed class EventRecordMap : ClassMap<EventRecord>
{
    /// <summary>Defines the columns.</summary>
    public EventRecordMap()
    {
        Map(r => r.Round).Name("round");
        Map(r => r.Kind).Name("kind");
        Map(r => r.Subject).Name("subject");
        Map(r => r.Detail).Name("detail");
    }
}

/// <summary>Column names and order of disputes.csv.</summary>
public sealed class DisputeRowMap : ClassMap<DisputeRow>
{
    /// <summary>Defines the columns.</summary>
    public DisputeRowMap()
    {
        Map(r => r.DisputeId).Name("dispute_id");
        Map(r => r.Complainant).Name("complainant");
        Map(r => r.Respondent).Name("respondent");
        Map(r => r.Measure).Name("measure");
        Map(r => r.Provision).Name("provision");
        Map(r => r.Forum).Name("forum");
        Map(r => r.FiledRound).Name("filed_round");
        Map(r => r.FinalStage).Name("final_stage");
        Map(r => r.Outcome).Name("outcome");
        Map(r => r.ClosedRound).Name("closed_round");
        Map(r => r.HarmUsdBn).Name("harm_usd_bn");
    }
}

/// <summary>Column names and order of dispute_stages.csv.</summary>
public sealed class DisputeStageRowMap : ClassMap<DisputeStageRow>
{
    /// <summary>Defines the columns.</summary>
    public DisputeStageRowMap()
    {
        Map(r => r.DisputeId).Name("dispute_id");
        Map(r => r.Round).Name("round");
        Map(r => r.Stage).Name("stage");
    }
}
