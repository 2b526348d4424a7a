using System.Globalization;
using System.Text.Json.Nodes;
using DigitalTrade.Model.Events;
using DigitalTrade.Model.Infrastructure;
using DigitalTrade.Model.Policy;
using DigitalTrade.Scenarios.Yaml;

namespace DigitalTrade.Scenarios.Validation;

/// <summary>
/// The rules of events a schema cannot express, taken in the order a run applies them (by round, file order
/// within a round): cable routes, links to upgrade, agreements to join, barrier changes.
/// </summary>
internal sealed class EventChecks(YamlTree tree, IReadOnlySet<string> failed, List<ScenarioIssue> issues)
{
    private JsonNode? Root => tree.Root;

    /// <param name="agreements">Valid agreement ids with the members each names (null: not known).</param>
    /// <param name="links">The links file's links; empty without one, null when it could not be read.</param>
    /// <param name="codes">The scenario's countries, null when the countries file could not be read.</param>
    public void Check(IReadOnlyDictionary<string, IReadOnlySet<string>?> agreements, IReadOnlyList<NetworkLink>? links, CountryCodes? codes)
    {
        var linked = links?.Select(l => (l.From, l.To)).ToHashSet();
        var joined = new HashSet<(string Agreement, string Country)>();
        foreach (var pointer in PointersInRunOrder())
        {
            switch (Text(pointer + "/kind"))
            {
                case CableLaid.KindName:
                    CheckCable(pointer, linked);
                    break;
                case LinkUpgrade.KindName:
                    CheckLinkUpgrade(pointer, codes is null ? null : linked, codes);
                    break;
                case Accession.KindName:
                    CheckAccession(pointer, agreements, joined);
                    break;
                case BarrierChange.KindName:
                    CheckBarrierChange(pointer);
                    break;
            }
        }
    }

    /// <summary>No code twice in a row; a length only for a single link. The cable's links join the known links.</summary>
    private void CheckCable(string pointer, HashSet<(string, string)>? linked)
    {
        var route = TreeValues.Strings(Root, pointer + "/route").ToList();
        for (var i = 1; i < route.Count; i++)
        {
            if (route[i].Value == route[i - 1].Value)
            {
                issues.Add(tree.Positions.ValueOf(route[i].Pointer).Issue(
                    "event.route-repeat", $"route item {i} is {route[i].Value} again; a cable joins two different countries at each step"));
            }
            else
            {
                linked?.Add(Ordered(route[i - 1].Value, route[i].Value));
            }
        }

        var lengthPointer = pointer + "/length_km";
        if (Pointer.TryFind(Root, lengthPointer, out _) && TreeValues.At(Root, pointer + "/route") is JsonArray { Count: not 2 } list)
        {
            issues.Add(tree.Positions.KeyOf(lengthPointer).Issue(
                "event.length-needs-one-link",
                $"length_km is the length of one link; this route has {list.Count - 1} links (give length_km only with a route of two countries)"));
        }
    }

    /// <summary>An upgrade needs a link between two different countries: in the links file or laid by an earlier cable.</summary>
    private void CheckLinkUpgrade(string pointer, HashSet<(string, string)>? linked, CountryCodes? codes)
    {
        if (Text(pointer + "/from") is not { } from || Text(pointer + "/to") is not { } to)
        {
            return;
        }

        if (from == to)
        {
            issues.Add(tree.Positions.ValueOf(pointer + "/to").Issue("event.self-link", $"a link joins two different countries, got {from} twice"));
            return;
        }

        // A code outside the scenario is reported as such; whether a link exists then means nothing.
        if (linked is not null && codes is not null && codes.Contains(from) && codes.Contains(to) && !linked.Contains(Ordered(from, to)))
        {
            issues.Add(tree.Positions.ValueOf(pointer + "/from").Issue(
                "event.no-link",
                $"no link joins {from} and {to} to upgrade: none in the links file, and no cable event lays one before this event (in an earlier round, or earlier in the file in the same round)"));
        }
    }

    /// <summary>The agreement exists and the country is not already a party (from the file or an earlier accession).</summary>
    private void CheckAccession(string pointer, IReadOnlyDictionary<string, IReadOnlySet<string>?> agreements, HashSet<(string, string)> joined)
    {
        var agreementPointer = pointer + "/agreement";
        if (Text(agreementPointer) is not { } id)
        {
            return;
        }

        if (!agreements.TryGetValue(id, out var members))
        {
            issues.Add(tree.Positions.ValueOf(agreementPointer).Issue(
                "event.unknown-agreement", $"unknown agreement '{id}'{AgreementChecks.UnknownIdHint(id, agreements.Keys)}"));
            return;
        }

        var countryPointer = pointer + "/country";
        if (Text(countryPointer) is not { } country)
        {
            return;
        }

        if (members?.Contains(country) == true)
        {
            issues.Add(tree.Positions.ValueOf(countryPointer).Issue(
                "event.already-member", $"{country} is already a member of {id} (agreements.{id} lists it); set its join round in join_rounds instead"));
        }
        else if (!joined.Add((id, country)))
        {
            issues.Add(tree.Positions.ValueOf(countryPointer).Issue(
                "event.already-member", $"{country} has already joined {id} by an earlier accession event"));
        }
    }

    /// <summary>Exactly one of set and add; a digital measure's level stays within 0–1.</summary>
    private void CheckBarrierChange(string pointer)
    {
        var setPointer = pointer + "/set";
        var addPointer = pointer + "/add";
        var hasSet = Pointer.TryFind(Root, setPointer, out _);
        var hasAdd = Pointer.TryFind(Root, addPointer, out _);
        if (hasSet == hasAdd)
        {
            var at = hasAdd ? tree.Positions.KeyOf(addPointer) : tree.Positions.ValueOf(pointer);
            issues.Add(at.Issue(
                "event.set-or-add",
                hasAdd ? "give either set (the new level) or add (a change to the level), not both" : "give set (the new level) or add (a change to the level)"));
            return;
        }

        if (Text(pointer + "/measure") is not { } name || Measures.Parse(name) is not { } measure || !Measures.IsDigital(measure))
        {
            return; // rates: set >= 0 is the schema's; an addition may lower a rate (the model keeps it at or above 0)
        }

        if (hasSet && Number(setPointer) is { } set && set > 1)
        {
            issues.Add(tree.Positions.ValueOf(setPointer).Issue(
                "event.level-out-of-range", $"set must be <= 1 for {name}, a restrictiveness level 0-1, got {Invariant(set)}"));
        }
        else if (hasAdd && Number(addPointer) is { } add && Math.Abs(add) > 1)
        {
            issues.Add(tree.Positions.ValueOf(addPointer).Issue(
                "event.level-out-of-range", $"add must be between -1 and 1 for {name}, a restrictiveness level 0-1, got {Invariant(add)}"));
        }
    }

    /// <summary>Events with a valid round, in the order a run applies them.</summary>
    private IEnumerable<string> PointersInRunOrder()
    {
        if (TreeValues.At(Root, "/events") is not JsonArray events)
        {
            return [];
        }

        return Enumerable.Range(0, events.Count)
            .Select(i => Pointer.Child("/events", i))
            .Where(p => !failed.Contains(p + "/round") && !failed.Contains(p + "/kind"))
            .Select(p => (Pointer: p, Round: TreeValues.Integer(Root, p + "/round")))
            .Where(e => e.Round is not null)
            .OrderBy(e => e.Round) // stable: file order within a round
            .Select(e => e.Pointer);
    }

    private string? Text(string pointer) => failed.Contains(pointer) ? null : TreeValues.String(Root, pointer);

    private double? Number(string pointer) => failed.Contains(pointer) ? null : TreeValues.Number(Root, pointer);

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
