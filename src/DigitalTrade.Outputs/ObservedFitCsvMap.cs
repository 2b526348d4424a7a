using CsvHelper.Configuration;
using DigitalTrade.Model.Calibration;

namespace DigitalTrade.Outputs;

/// <summary>
/// Columns of the observed baseline's fit table (docs/model.md, "The observed baseline"; a contract: add
/// columns, never rename). Not yet written by a run.
/// </summary>
public sealed class FitRowMap : ClassMap<FitRow>
{
    /// <summary>Defines the columns.</summary>
    public FitRowMap()
    {
        Map(r => r.Exporter).Name("exporter");
        Map(r => r.Importer).Name("importer");
        Map(r => r.Sector).Name("sector");
        Map(r => r.Flow).Name("flow");
        Map(r => r.Year).Name("year");
        Map(r => r.Period).Name("period");
        Map(r => r.ObservedUsdBn).Name("observed_usd_bn");
        Map(r => r.ModelUsdBn).Name("model_usd_bn");
        Map(r => r.Source).Name("source");
        Map(r => r.Role).Name("role");
    }
}
