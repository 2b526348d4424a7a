using DigitalTrade.Model.Calibration;
using DigitalTrade.Model.Metrics;

namespace DigitalTrade.Outputs;

/// <summary>
/// A round's report as the model side of the fit table: the fit's <c>goods</c> is the run's goods and e-commerce
/// sectors together, <c>digital</c> its digital sector and <c>all</c> every traded sector. A sector the run does not
/// model (<c>other_services</c>) and a country it does not hold count 0. Values are the report's, in USD bn.
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
        "all" => ["goods", "ecommerce", "digital"],
        _ => [],
    };
}
