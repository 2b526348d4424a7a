using System.Collections.Immutable;
using System.Text.Json.Nodes;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.World;
using DigitalTrade.Scenarios.Yaml;

namespace DigitalTrade.Scenarios;

/// <summary>
/// Applies a scenario's <c>parameters:</c> block to the documented defaults of <see cref="ModelParameters"/>:
/// every key given replaces its default, every key left out keeps it.
/// </summary>
internal static class ParameterMapper
{
    private const string Root = "/parameters";

    public static ModelParameters Map(JsonNode root, ImmutableArray<CountryProfile> countries)
    {
        var defaults = new ModelParameters();
        double? N(string path) => TreeValues.Number(root, Root + path);

        return defaults with
        {
            ReferenceCountry = ReferenceCountry(root, defaults.ReferenceCountry, countries),
            Theta = SectorValuesAt(root, "/theta", defaults.Theta),
            OutputShare = SectorValuesAt(root, "/output_share", defaults.OutputShare),
            TradeCosts = defaults.TradeCosts with
            {
                Distance = N("/trade_costs/distance") ?? defaults.TradeCosts.Distance,
                Contiguity = N("/trade_costs/contiguity") ?? defaults.TradeCosts.Contiguity,
                CommonLanguage = N("/trade_costs/common_language") ?? defaults.TradeCosts.CommonLanguage,
                Border = N("/trade_costs/border") ?? defaults.TradeCosts.Border,
                ReferenceDistanceKm = N("/trade_costs/reference_distance_km") ?? defaults.TradeCosts.ReferenceDistanceKm,
            },
            Latency = defaults.Latency with
            {
                FibreKmPerMs = N("/latency/fibre_km_per_ms") ?? defaults.Latency.FibreKmPerMs,
                RouteFactor = N("/latency/route_factor") ?? defaults.Latency.RouteFactor,
            },
            Growth = defaults.Growth with
            {
                AnnualRate = N("/growth/annual_rate") ?? defaults.Growth.AnnualRate,
                AnnualRateByCountry = defaults.Growth.AnnualRateByCountry.SetItems(RatesByCountry(root)),
                ShockSdAnnual = N("/growth/shock_sd_annual") ?? defaults.Growth.ShockSdAnnual,
            },
            Solver = defaults.Solver with
            {
                Tolerance = N("/solver/tolerance") ?? defaults.Solver.Tolerance,
                MaxIterations = (int?)TreeValues.Integer(root, Root + "/solver/max_iterations") ?? defaults.Solver.MaxIterations,
            },
        };
    }

    /// <summary>
    /// The scenario's choice; else the default when it is among the countries; else the first country in
    /// ISO3 order. The numeraire only fixes the price level, so real results do not depend on it.
    /// </summary>
    private static string ReferenceCountry(JsonNode root, string fallback, ImmutableArray<CountryProfile> countries) =>
        TreeValues.String(root, Root + "/reference_country")
        ?? (countries.Any(c => c.Iso3 == fallback) || countries.IsEmpty ? fallback : countries[0].Iso3);

    private static SectorValues SectorValuesAt(JsonNode root, string path, SectorValues defaults) => new(
        TreeValues.Number(root, Root + path + "/goods") ?? defaults.Goods,
        TreeValues.Number(root, Root + path + "/ecommerce") ?? defaults.Ecommerce,
        TreeValues.Number(root, Root + path + "/digital") ?? defaults.Digital);

    private static IEnumerable<KeyValuePair<string, double>> RatesByCountry(JsonNode root) =>
        TreeValues.At(root, Root + "/growth/annual_rate_by_country") is JsonObject rates
            ? rates.Select(r => KeyValuePair.Create(r.Key, TreeValues.Number(r.Value)!.Value)).ToList()
            : [];
}
