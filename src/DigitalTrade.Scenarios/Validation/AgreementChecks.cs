using System.Text.Json.Nodes;
using DigitalTrade.Model.Agreements;
using DigitalTrade.Scenarios.Yaml;

namespace DigitalTrade.Scenarios.Validation;

/// <summary>
/// The rules of <c>agreements:</c> a schema cannot express: unique ids, the keys each kind may have, a
/// provision given once, known member codes, a hub and join rounds that name members.
/// </summary>
internal sealed class AgreementChecks(YamlTree tree, IReadOnlySet<string> failed, List<ScenarioIssue> issues)
{
    private JsonNode? Root => tree.Root;

    /// <summary>
    /// Checks every agreement; returns each valid id (its first agreement) with the members it names,
    /// null where they cannot be known (no countries file).
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>?> Check(CountryCodes? codes)
    {
        var agreements = new Dictionary<string, IReadOnlySet<string>?>(StringComparer.Ordinal);
        var firstLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var pointer in Pointers())
        {
            var idPointer = pointer + "/id";
            var id = failed.Contains(idPointer) ? null : TreeValues.String(Root, idPointer);
            var at = tree.Positions.ValueOf(idPointer);
            if (id is not null && !firstLines.TryAdd(id, at.Line))
            {
                issues.Add(at.Issue("agreement.duplicate-id", $"duplicate agreement id '{id}' (first on line {firstLines[id]})"));
                id = null;
            }

            CheckKindKeys(pointer);
            CheckProvisionsGivenOnce(pointer);
            var members = codes is null ? null : CheckMembers(pointer, id ?? "the agreement", codes);
            if (id is not null)
            {
                agreements[id] = members;
            }
        }

        return agreements;
    }

    /// <summary>What follows "unknown agreement 'x'": a suggestion, else the scenario's ids, else that it has none.</summary>
    public static string UnknownIdHint(string id, IEnumerable<string> ids)
    {
        var known = ids.Order(StringComparer.Ordinal).ToList();
        return EditDistance.Suggestion(id, known) is { Length: > 0 } suggestion
            ? suggestion
            : known.Count > 0 ? $" (agreements: {string.Join(", ", known)})" : " (the scenario defines no agreements)";
    }

    private void CheckKindKeys(string pointer)
    {
        if (failed.Contains(pointer + "/kind") || TreeValues.String(Root, pointer + "/kind") is not { } kind)
        {
            return;
        }

        foreach (var (key, kinds, what) in new[]
        {
            ("tariffs", new[] { "fta" }, "a tariff schedule is for fta agreements"),
            ("ecommerce", ["fta", "dea"], "an e-commerce chapter is for fta and dea agreements"),
            ("modules", ["dea"], "modules are for dea agreements"),
        })
        {
            var keyPointer = Pointer.Child(pointer, key);
            if (Pointer.TryFind(Root, keyPointer, out _) && !kinds.Contains(kind))
            {
                issues.Add(tree.Positions.KeyOf(keyPointer).Issue("agreement.key-for-kind", $"{key}: {what}, not {kind}"));
            }
        }
    }

    /// <summary>A module may not bring a provision the e-commerce chapter already gives.</summary>
    private void CheckProvisionsGivenOnce(string pointer)
    {
        if (TreeValues.At(Root, pointer + "/ecommerce") is not JsonObject chapter || TreeValues.At(Root, pointer + "/modules") is not JsonObject modules)
        {
            return;
        }

        foreach (var (module, _) in modules)
        {
            if (!ProvisionCatalog.Modules.TryGetValue(module, out var provisions))
            {
                continue; // reported by the schema
            }

            foreach (var provision in provisions)
            {
                var chapterKey = provision.StartsWith(AgreementMapper.EcommercePrefix, StringComparison.Ordinal)
                    ? provision[AgreementMapper.EcommercePrefix.Length..]
                    : null;
                if (chapterKey is not null && chapter.ContainsKey(chapterKey))
                {
                    var first = tree.Positions.KeyOf(Pointer.Child(pointer + "/ecommerce", chapterKey));
                    issues.Add(tree.Positions.KeyOf(Pointer.Child(pointer + "/modules", module)).Issue(
                        "agreement.duplicate-provision",
                        $"module {module} brings {provision}, which ecommerce.{chapterKey} already gives (line {first.Line}); give it once"));
                }
            }
        }
    }

    /// <summary>Reports unknown member codes, a hub and join rounds naming non-members; returns the members named.</summary>
    private HashSet<string> CheckMembers(string pointer, string id, CountryCodes codes)
    {
        var members = new HashSet<string>(StringComparer.Ordinal);
        var byRcep = TreeValues.String(Root, pointer + "/members") == AgreementMapper.RcepMembers;
        foreach (var (memberPointer, code) in AgreementMapper.NamedMembers(Root, pointer, codes.Profiles))
        {
            if (byRcep || codes.Known(memberPointer, code))
            {
                members.Add(code);
            }
        }

        var listed = failed.Contains(pointer + "/members") ? null : members; // unknown when the list failed the schema
        var membersText = byRcep ? $"every RCEP member of {codes.CountriesFile}" : string.Join(", ", members.Order(StringComparer.Ordinal));
        var hubPointer = pointer + "/hub";
        if (listed is not null && TreeValues.String(Root, hubPointer) is { } hub && codes.Known(hubPointer, hub) && !listed.Contains(hub))
        {
            issues.Add(tree.Positions.ValueOf(hubPointer).Issue(
                "agreement.hub-not-member", $"the hub {hub} is not a member of {id} (members: {membersText})"));
        }

        if (TreeValues.At(Root, pointer + "/join_rounds") is JsonObject joinRounds)
        {
            foreach (var (code, _) in joinRounds)
            {
                var keyPointer = Pointer.Child(pointer + "/join_rounds", code);
                if (listed is not null && codes.Known(keyPointer, code, keyPosition: true) && !listed.Contains(code))
                {
                    issues.Add(tree.Positions.KeyOf(keyPointer).Issue(
                        "agreement.join-round-not-member", $"{code} has a join round but is not a member of {id} (members: {membersText})"));
                }
            }
        }

        return members;
    }

    private IEnumerable<string> Pointers() =>
        TreeValues.At(Root, "/agreements") is JsonArray agreements
            ? Enumerable.Range(0, agreements.Count).Where(i => agreements[i] is JsonObject).Select(i => Pointer.Child("/agreements", i))
            : [];
}
