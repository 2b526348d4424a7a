using System.Collections.Immutable;
using System.Text.Json.Nodes;
using DigitalTrade.Model.Infrastructure;
using DigitalTrade.Model.World;
using DigitalTrade.Scenarios.Data;
using DigitalTrade.Scenarios.Yaml;

namespace DigitalTrade.Scenarios;

/// <summary>
/// Maps a scenario tree that passed every check, with its data, to the model's
/// <see cref="ScenarioDefinition"/>: countries in ordinal ISO3 order (the included subset), the pairs and
/// links among them, the documented defaults overridden by <c>parameters:</c>, each country's set-up
/// (<see cref="SetupMapper"/>), the agreements (<see cref="AgreementMapper"/>), the dispute mechanism
/// (<see cref="DisputeMapper"/>) and the events in round order (<see cref="EventMapper"/>).
/// </summary>
internal static class ScenarioMapper
{
    public static (ScenarioDefinition Definition, OutputOptions Outputs) Map(
        JsonNode root, CountryData data, ImmutableArray<PairProfile> pairs, ImmutableArray<NetworkLink> links)
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

        var parameters = ParameterMapper.Map(root, countries);
        var agreements = AgreementMapper.Map(root, countries);
        var definition = new ScenarioDefinition(
            TreeValues.String(root, "/name")!,
            TreeValues.String(root, "/description") ?? "",
            (ulong)TreeValues.Integer(root, "/seed")!.Value,
            (int)TreeValues.Integer(root, "/rounds")!.Value,
            (int)TreeValues.Integer(root, "/round_days")!.Value,
            countries,
            scenarioPairs,
            parameters,
            EventMapper.Map(root))
        {
            Links = [.. links.Where(l => codes.Contains(l.From) && codes.Contains(l.To))],
            Agreements = agreements,
            Setups = SetupMapper.Map(root, countries),
            DisputeMechanism = DisputeMapper.MapMechanism(root, countries, agreements, parameters.Disputes.Digital),
            MoratoriumInForce = TreeValues.Boolean(root, "/moratorium_in_force") ?? false,
        };
        return (definition, Outputs(root));
    }

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
