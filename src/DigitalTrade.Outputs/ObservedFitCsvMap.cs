using CsvHelper.Configuration;
using DigitalTrade.Model.Calibration;

namespace DigitalTrade.Outputs;

/// <summary>
/// Columns of the observed baseline's fit table (docs/model.md, "The observed baseline"; a contract: add
/// columns, never rename). A value with no observation (NaN: a gravity-filled region's row) is written empty.
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
        Map(r => r.ObservedUsdBn).Name("observed_usd_bn").Convert(a => double.IsNaN(a.Value.ObservedUsdBn) ? string.Empty : a.Value.ObservedUsdBn.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        Map(r => r.ModelUsdBn).Name("model_usd_bn");
        Map(r => r.Source).Name("source");
        Map(r => r.Role).Name("role");
    }
}
