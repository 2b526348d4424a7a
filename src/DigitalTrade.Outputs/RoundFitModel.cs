using DigitalTrade.Model.Calibration;
using DigitalTrade.Model.Metrics;

namespace DigitalTrade.Outputs;

/// <summary>
/// A round's report as the model side of the fit table: the fit's <c>goods</c> is the run's conventional and e-commerce
/// channels together, <c>digital</c> and <c>other_services</c> its sectors of those names and <c>all</c> every sector.
/// A country the run does not hold counts 0. Values are the report's, in USD bn.
/// </summary>
public sealed class RoundFitModel(RoundReport report) : IFitModel
{
    private readonly Dictionary<(string, string, string), double> _flows = report.Pairs
        .GroupBy(p => (p.Sector, p.Exporter, p.Importer))
        .ToDictionary(g => g.Key, g => g.Sum(p => p.FlowUsdBn));

    private readonly Dictionary<(string, string), CountrySectorRow> _sectors = report.CountrySectors.ToDictionary(r => (r.Iso3, r.Sector));

    /// <inheritdoc />
    public double Flow(string sector, string exporter, string importer) =>
        Sectors(sector).Sum(s => _flows.GetValueOrDefault((s, exporter, importer)));

    /// <inheritdoc />
    public double Exports(string country, string sector) =>
        Sectors(sector).Sum(s => _sectors.TryGetValue((country, s), out var row) ? row.ExportsUsdBn : 0.0);

    /// <inheritdoc />
    public double Imports(string country, string sector) =>
        Sectors(sector).Sum(s => _sectors.TryGetValue((country, s), out var row) ? row.ImportsUsdBn : 0.0);

    private static string[] Sectors(string fitSector) => fitSector switch
    {
        "goods" => ["goods", "ecommerce"],
        "digital" => ["digital"],
        "other_services" => ["other_services"],
        "all" => ["goods", "ecommerce", "digital", "other_services"],
        _ => [],
    };
}
