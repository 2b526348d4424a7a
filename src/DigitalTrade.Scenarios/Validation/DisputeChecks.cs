using System.Text.Json.Nodes;
using DigitalTrade.Scenarios.Yaml;

namespace DigitalTrade.Scenarios.Validation;

/// <summary>
/// The rules of dispute settlement a schema cannot express: <c>parameters.disputes.rcep_agreement</c>, when given,
/// names an agreement of the scenario; RCEP's least-developed parties and the mechanism's listed members are codes
/// of the countries file; a mechanism whose members are an agreement's names one of the scenario; and the
/// mechanism has at least two members among the scenario's countries, or it could hear no dispute.
/// </summary>
internal sealed class DisputeChecks(YamlTree tree, IReadOnlySet<string> failed, List<ScenarioIssue> issues)
{
    private const string RcepAgreement = "/parameters/disputes/rcep_agreement";
    private const string LeastDeveloped = "/parameters/disputes/rcep_least_developed";
    private const string Members = "/dispute_mechanism/members";

    private JsonNode? Root => tree.Root;

    /// <param name="agreements">Valid agreement ids with the members each names (null: not known).</param>
    /// <param name="codes">The scenario's countries, null when the countries file could not be read.</param>
    public void Check(IReadOnlyDictionary<string, IReadOnlySet<string>?> agreements, CountryCodes? codes)
    {
        if (Text(RcepAgreement) is { } rcep && !agreements.ContainsKey(rcep))
        {
            issues.Add(tree.Positions.ValueOf(RcepAgreement).Issue(
                "parameters.unknown-agreement", $"rcep_agreement: unknown agreement '{rcep}'{AgreementChecks.UnknownIdHint(rcep, agreements.Keys)}"));
        }

        if (codes is not null)
        {
            foreach (var (pointer, code) in TreeValues.Strings(Root, LeastDeveloped))
            {
                codes.Known(pointer, code);
            }
        }

        CheckMembers(agreements, codes);
    }

    private void CheckMembers(IReadOnlyDictionary<string, IReadOnlySet<string>?> agreements, CountryCodes? codes)
    {
        IReadOnlySet<string>? named;
        string source;
        if (Text(Members) is { } id)
        {
            if (!agreements.TryGetValue(id, out named))
            {
                issues.Add(tree.Positions.ValueOf(Members).Issue(
                    "mechanism.unknown-agreement", $"dispute_mechanism.members: unknown agreement '{id}'{AgreementChecks.UnknownIdHint(id, agreements.Keys)}"));
                return;
            }

            source = $"the parties of {id}";
        }
        else if (!failed.Contains(Members) && TreeValues.At(Root, Members) is JsonArray list && codes is not null)
        {
            var listed = TreeValues.Strings(Root, Members).Where(m => codes.Known(m.Pointer, m.Value)).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
            named = listed.Count == list.Count ? listed : null; // an unknown code is reported as such; the count would mislead
            source = "the list";
        }
        else
        {
            return;
        }

        if (codes is null || named is null)
        {
            return;
        }

        var members = named.Where(codes.Contains).Order(StringComparer.Ordinal).ToList();
        if (members.Count < 2)
        {
            var shown = members.Count == 0 ? "none" : string.Join(", ", members);
            issues.Add(tree.Positions.ValueOf(Members).Issue(
                "mechanism.too-few-members",
                $"the dispute mechanism needs at least 2 members among the scenario's countries to hear a dispute; {source} gives {shown}"));
        }
    }

    private string? Text(string pointer) => failed.Contains(pointer) ? null : TreeValues.String(Root, pointer);
}
