using System.Text.Json.Nodes;
using DigitalTrade.Scenarios.Yaml;

namespace DigitalTrade.Scenarios.Validation;

/// <summary>
/// The counts of <see cref="ScenarioLimits"/> that the schema also states (maxItems), checked on the tree before
/// the schema runs: a document over them is refused at once, without the schema's per-item work.
/// </summary>
internal static class CountLimits
{
    private static readonly (string Pointer, int Max)[] Lists =
    [
        ("/events", ScenarioLimits.MaxEvents),
        ("/agreements", ScenarioLimits.MaxAgreements),
        ("/countries/include", ScenarioLimits.MaxCountries),
    ];

    /// <summary>Adds an issue per list over its limit; true when there was none.</summary>
    public static bool Check(YamlTree tree, List<ScenarioIssue> issues)
    {
        var ok = true;
        foreach (var (pointer, max) in Lists)
        {
            if (TreeValues.At(tree.Root, pointer) is JsonArray list && list.Count > max)
            {
                issues.Add(tree.Positions.ValueOf(pointer).Issue(
                    "schema.maxItems", $"{Pointer.Dotted(pointer)} may have at most {max} items, got {list.Count}"));
                ok = false;
            }
        }

        return ok;
    }
}
