using System.Collections.Immutable;
using System.Text.Json.Nodes;
using DigitalTrade.Model.Events;
using DigitalTrade.Model.Infrastructure;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.World;
using DigitalTrade.Scenarios.Yaml;

namespace DigitalTrade.Scenarios;

/// <summary>
/// Maps <c>events:</c> to the model's events in round order (file order within a round), with the documented
/// defaults for keys left out.
/// </summary>
internal static class EventMapper
{
    /// <summary>Programme name of a capacity-building event that names none.</summary>
    public const string DefaultProgramme = "capacity building";

    public static ImmutableArray<ScenarioEvent> Map(JsonNode root)
    {
        var events = new List<ScenarioEvent>();
        for (var i = 0; TreeValues.At(root, Pointer.Child("/events", i)) is JsonObject; i++)
        {
            events.Add(Event(root, Pointer.Child("/events", i)));
        }

        return [.. events.OrderBy(e => e.Round)]; // OrderBy is stable: file order within a round
    }

    private static ScenarioEvent Event(JsonNode root, string at)
    {
        var round = (int)TreeValues.Integer(root, at + "/round")!.Value;
        string Text(string key) => TreeValues.String(root, at + "/" + key)!;
        double? Number(string key) => TreeValues.Number(root, at + "/" + key);
        ImmutableArray<string> Codes(string key) => [.. TreeValues.Strings(root, at + "/" + key).Select(x => x.Value)];

        return Text("kind") switch
        {
            EndowmentShock.KindName => new EndowmentShock(
                round, Text("country"), TreeValues.String(root, at + "/sector") is { } sector ? Sectors.Parse(sector) : null, Number("factor")!.Value),
            TradeCostChange.KindName => new TradeCostChange(
                round,
                Codes("importers"),
                Codes("exporters"),
                [.. TreeValues.Strings(root, at + "/sectors").Select(s => Sectors.Parse(s.Value)!.Value)],
                Number("factor")!.Value),
            CableLaid.KindName => Cable(root, at, round),
            LinkUpgrade.KindName => new LinkUpgrade(round, Text("from"), Text("to"), Number("latency_factor")!.Value),
            Accession.KindName => new Accession(round, Text("agreement"), Text("country")),
            BarrierChange.KindName => new BarrierChange(round, Codes("countries"), Measures.Parse(Text("measure"))!.Value, Number("set"), Number("add")),
            PilotZoneOpened.KindName => new PilotZoneOpened(round, Codes("countries")),
            PaperlessTrade.KindName => new PaperlessTrade(round, Codes("countries"), Number("level") ?? 1.0),
            PaymentInteroperability.KindName => new PaymentInteroperability(round, Codes("countries")),
            DigitalInvestment.KindName => new DigitalInvestment(round, Text("country"), Number("usd_bn")!.Value),
            CapacityBuilding.KindName => new CapacityBuilding(
                round, TreeValues.String(root, at + "/programme") ?? DefaultProgramme, Codes("countries"), Number("trainees_per_country")!.Value),
            MoratoriumLapse.KindName => new MoratoriumLapse(round),
            var kind => throw new InvalidOperationException($"event kind '{kind}' passed the schema but has no mapping"),
        };
    }

    /// <summary>A cable with its defaults: terrestrial, latency as built, named after its route when it has no name.</summary>
    private static CableLaid Cable(JsonNode root, string at, int round)
    {
        var route = TreeValues.Strings(root, at + "/route").Select(x => x.Value).ToImmutableArray();
        return new CableLaid(
            round,
            TreeValues.String(root, at + "/name") ?? $"{string.Join('-', route)} cable",
            route,
            TreeValues.String(root, at + "/link_kind") is { } kind ? LinkKinds.Parse(kind)!.Value : LinkKind.Terrestrial,
            TreeValues.Number(root, at + "/latency_factor") ?? 1.0,
            TreeValues.Number(root, at + "/route_factor"),
            TreeValues.Number(root, at + "/length_km"),
            TreeValues.Number(root, at + "/capacity_tbps"));
    }
}
