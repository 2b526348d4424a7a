namespace DigitalTrade.Model.Calibration;

/// <summary>
/// What a fit table compares with the observations: a model's flows and each country's totals, USD bn. Sectors are
/// the fit table's: <c>goods</c>, <c>digital</c>, <c>other_services</c> or <c>all</c>.
/// </summary>
public interface IFitModel
{
    /// <summary>The flow of a sector from one country to another.</summary>
    double Flow(string sector, string exporter, string importer);

    /// <summary>A country's exports of a sector to every partner.</summary>
    double Exports(string country, string sector);

    /// <summary>A country's imports of a sector from every partner.</summary>
    double Imports(string country, string sector);
}

/// <summary>The observed baseline as a fit model: its flows and accounts.</summary>
public sealed class BaselineFitModel(ObservedBaseline baseline) : IFitModel
{
    /// <inheritdoc />
    public double Flow(string sector, string exporter, string importer) =>
        sector == "all"
            ? BaselineSectors.All.Sum(s => baseline.Flow(s, exporter, importer))
            : baseline.Flow(Parse(sector), exporter, importer);

    /// <inheritdoc />
    public double Exports(string country, string sector) =>
        sector == "all" ? baseline.Account(country).ExportsUsdBn : baseline.Account(country).Of(Parse(sector)).ExportsUsdBn;

    /// <inheritdoc />
    public double Imports(string country, string sector) =>
        sector == "all" ? baseline.Account(country).ImportsUsdBn : baseline.Account(country).Of(Parse(sector)).ImportsUsdBn;

    private static BaselineSector Parse(string sector) =>
        BaselineSectors.All.First(s => BaselineSectors.Name(s) == sector);
}
