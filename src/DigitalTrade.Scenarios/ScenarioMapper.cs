using System.Collections.Immutable;
using System.Text.Json.Nodes;
using DigitalTrade.Model.Events;
using DigitalTrade.Model.World;
using DigitalTrade.Scenarios.Data;
using DigitalTrade.Scenarios.Yaml;

namespace DigitalTrade.Scenarios;

/// <summary>
/// Maps a scenario tree that passed every check, with its data, to the model's
/// <see cref="ScenarioDefinition"/>: countries in ordinal ISO3 order (the included subset), the pairs among
/// them, the documented defaults overridden by <c>parameters:</c>, and the events in round order (file order
/// within a round).
/// </summary>
internal static class ScenarioMapper
{
    public static (ScenarioDefinition Definition, OutputOptions Outputs) Map(JsonNode root, CountryData data, ImmutableArray<PairProfile> pairs)
    {
        var include = TreeValues.Strings(root, "/countries/include").Select(x => x.Value).ToHashSet(StringComparer.Ordinal);
        var countries = data.Countries
            .Where(c => include.Count == 0 || include.Contains(c.Iso3))
            .OrderBy(c => c.Iso3, StringComparer.Ordinal)
            .ToImmutableArray();
        var codes = countries.Select(c => c.Iso3).ToHashSet(StringComparer.Ordinal);
        var scenarioPairs = pairs
            .Where(p => codes.Contains(p.Iso3A) && codes.Contains(p.Iso3B))
            .OrderBy(p => p.Iso3A, StringComparer.Ordinal)
            .ThenBy(p => p.Iso3B, StringComparer.Ordinal)
            .ToImmutableArray();

        var definition = new ScenarioDefinition(
            TreeValues.String(root, "/name")!,
            TreeValues.String(root, "/description") ?? "",
            (ulong)TreeValues.Integer(root, "/seed")!.Value,
            (int)TreeValues.Integer(root, "/rounds")!.Value,
            (int)TreeValues.Integer(root, "/round_days")!.Value,
            countries,
            scenarioPairs,
            ParameterMapper.Map(root, countries),
            Events(root));
        return (definition, Outputs(root));
    }

    private static ImmutableArray<ScenarioEvent> Events(JsonNode root)
    {
        var events = new List<ScenarioEvent>();
        for (var i = 0; TreeValues.At(root, Pointer.Child("/events", i)) is JsonObject; i++)
        {
            var at = Pointer.Child("/events", i);
            var round = (int)TreeValues.Integer(root, at + "/round")!.Value;
            var factor = TreeValues.Number(root, at + "/factor")!.Value;
            events.Add(TreeValues.String(root, at + "/kind") switch
            {
                EndowmentShock.KindName => new EndowmentShock(
                    round,
                    TreeValues.String(root, at + "/country")!,
                    TreeValues.String(root, at + "/sector") is { } sector ? Sectors.Parse(sector) : null,
                    factor),
                _ => new TradeCostChange(
                    round,
                    Codes(root, at + "/importers"),
                    Codes(root, at + "/exporters"),
                    [.. TreeValues.Strings(root, at + "/sectors").Select(s => Sectors.Parse(s.Value)!.Value)],
                    factor),
            });
        }

        return [.. events.OrderBy(e => e.Round)]; // OrderBy is stable: file order within a round
    }

    private static ImmutableArray<string> Codes(JsonNode root, string pointer) => [.. TreeValues.Strings(root, pointer).Select(x => x.Value)];

    private static OutputOptions Outputs(JsonNode root)
    {
        var tables = TreeValues.At(root, "/outputs/tables") is JsonArray
            ? TreeValues.Strings(root, "/outputs/tables").Select(x => x.Value).ToHashSet(StringComparer.Ordinal)
            : null;
        return new OutputOptions(
            TreeValues.String(root, "/outputs/directory"),
            tables is null ? OutputOptions.AllTables : [.. OutputOptions.AllTables.Where(tables.Contains)]);
    }
}
