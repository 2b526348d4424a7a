using CsvHelper.Configuration;
using DigitalTrade.Model.Experiments;

namespace DigitalTrade.Outputs;

/// <summary>Columns of a GE experiment's countries.csv (a contract: add columns, never rename).</summary>
public sealed class CountryGeChangeMap : ClassMap<CountryGeChange>
{
    /// <summary>Defines the columns.</summary>
    public CountryGeChangeMap()
    {
        Map(r => r.Country).Name("country");
        Map(r => r.Change.ExportsCdlPct).Name("exports_cdl_pct");
        Map(r => r.Change.ExportsFullPct).Name("exports_full_pct");
        Map(r => r.Change.PriceFullPct).Name("price_full_pct");
        Map(r => r.Change.ImrCdlPct).Name("imr_cdl_pct");
        Map(r => r.Change.ImrFullPct).Name("imr_full_pct");
        Map(r => r.Change.OmrCdlPct).Name("omr_cdl_pct");
        Map(r => r.Change.OmrFullPct).Name("omr_full_pct");
        Map(r => r.Change.RealGdpFullPct).Name("real_gdp_full_pct");
        Map(r => r.Change.WelfarePct).Name("welfare_pct");
    }
}

/// <summary>Columns of coefficients.csv.</summary>
public sealed class CoefficientEstimateMap : ClassMap<CoefficientEstimate>
{
    /// <summary>Defines the columns.</summary>
    public CoefficientEstimateMap()
    {
        Map(r => r.Term).Name("term");
        Map(r => r.Estimate).Name("estimate");
        Map(r => r.StdError).Name("std_error");
        Map(r => r.Stage).Name("stage");
    }
}

/// <summary>Columns of a GE experiment's pairs.csv.</summary>
public sealed class PairGeFlowMap : ClassMap<PairGeFlow>
{
    /// <summary>Defines the columns.</summary>
    public PairGeFlowMap()
    {
        Map(r => r.Exporter).Name("exporter");
        Map(r => r.Importer).Name("importer");
        Map(r => r.BaselineFlow).Name("baseline_flow");
        Map(r => r.ConditionalFlow).Name("conditional_flow");
        Map(r => r.FullFlow).Name("full_flow");
        Map(r => r.CostBaseline).Name("cost_baseline");
        Map(r => r.CostCounterfactual).Name("cost_counterfactual");
    }
}
