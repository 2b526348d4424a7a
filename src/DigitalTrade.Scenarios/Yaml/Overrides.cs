using System.Globalization;
using System.Text.Json.Nodes;

namespace DigitalTrade.Scenarios.Yaml;

/// <summary>
/// Applies command-line overrides ("key=value", <c>--set</c>) to a scenario tree before it is validated.
/// The key is a dotted path (list items by index: <c>events.0.factor</c>); a path whose first segment is not a
/// top-level scenario key is taken under <c>parameters</c>, so <c>theta.goods=5</c> works. The value is
/// read as YAML (a scalar, or a flow list such as <c>[CHN, RUS]</c>). Issues about an override's value
/// are reported in file "--set", line = the override's number (1 for the first), column within its text.
/// </summary>
internal static class Overrides
{
    public const string File = "--set";

    private static readonly HashSet<string> TopLevelKeys = new(StringComparer.Ordinal)
    {
        "name", "description", "seed", "rounds", "round_days", "baseline_year", "countries", "network", "moratorium_in_force", "barriers", "agreements",
        "dispute_mechanism", "parameters", "events", "outputs",
    };

    public static void Apply(YamlTree tree, IReadOnlyList<string> overrides, List<ScenarioIssue> issues)
    {
        if (overrides.Count > ScenarioLimits.MaxOverrides)
        {
            issues.Add(new SourcePosition(File, ScenarioLimits.MaxOverrides + 1, 1).Issue(
                "limit.overrides", $"{overrides.Count:N0} overrides; at most {ScenarioLimits.MaxOverrides:N0} may be given at once"));
            return;
        }

        for (var i = 0; i < overrides.Count; i++)
        {
            ApplyOne(tree, overrides[i], i + 1, issues);
        }
    }

    private static void ApplyOne(YamlTree tree, string text, int line, List<ScenarioIssue> issues)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            issues.Add(new SourcePosition(File, line, 1).Issue("set.syntax", $"expected key=value, got '{text}'"));
            return;
        }

        var segments = text[..equals].Split('.');
        var columns = SegmentColumns(segments);
        var empty = Array.FindIndex(segments, s => s.Trim().Length == 0);
        if (empty >= 0)
        {
            issues.Add(new SourcePosition(File, line, columns[empty]).Issue("set.syntax", $"empty key segment in '{text[..equals]}'"));
            return;
        }

        if (!TopLevelKeys.Contains(segments[0]))
        {
            segments = ["parameters", .. segments];
            columns = [1, .. columns];
        }

        var valuePosition = new SourcePosition(File, line, equals + 2);
        var valueIssues = new List<ScenarioIssue>();
        var parsed = YamlTree.Parse(text[(equals + 1)..] is { Length: > 0 } v ? v : "~", File, valueIssues);
        if (parsed is null)
        {
            var first = valueIssues.FirstOrDefault();
            issues.Add(first is not null && IsLimit(first.Rule)
                ? valuePosition.Issue(first.Rule, $"the value of '{text[..equals]}': {first.Message}")
                : valuePosition.Issue("set.syntax", $"the value of '{text[..equals]}' is not a YAML value: {first?.Message}"));
            return;
        }

        if (parsed.NotFinite.Count > 0)
        {
            issues.Add(valuePosition.Issue("value.not-finite", $"'{text[(equals + 1)..]}' is not a finite number"));
        }

        foreach (var limit in valueIssues.Where(i => IsLimit(i.Rule)))
        {
            issues.Add(valuePosition.Issue(limit.Rule, $"the value of '{text[..equals]}': {limit.Message}"));
        }

        Assign(tree, segments, columns, line, parsed, valuePosition, issues);
    }

    private static bool IsLimit(string rule) => rule.StartsWith("limit.", StringComparison.Ordinal) || rule == "yaml.alias-expansion";

    private static void Assign(YamlTree tree, string[] segments, int[] columns, int line, YamlTree value, SourcePosition valuePosition, List<ScenarioIssue> issues)
    {
        tree.Root ??= new JsonObject();
        var node = tree.Root;
        var pointer = Pointer.Root;
        for (var k = 0; k < segments.Length; k++)
        {
            var segmentPosition = new SourcePosition(File, line, columns[k]);
            var last = k == segments.Length - 1;
            string child;
            switch (node)
            {
                case JsonObject mapping:
                    child = Pointer.Child(pointer, segments[k]);
                    if (last)
                    {
                        tree.Positions.RemoveAtOrUnder(child);
                        mapping[segments[k]] = value.Root?.DeepClone();
                    }
                    else if (mapping[segments[k]] is null)
                    {
                        tree.Positions.RemoveAtOrUnder(child);
                        tree.Positions.SetValue(child, segmentPosition);
                        mapping[segments[k]] = new JsonObject();
                    }

                    tree.Positions.SetKey(child, segmentPosition);
                    node = mapping[segments[k]];
                    break;
                case JsonArray list when int.TryParse(segments[k], NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < list.Count:
                    child = Pointer.Child(pointer, index);
                    if (last)
                    {
                        tree.Positions.RemoveAtOrUnder(child);
                        list[index] = value.Root?.DeepClone();
                    }

                    node = list[index];
                    break;
                case JsonArray list:
                    issues.Add(segmentPosition.Issue("set.path", $"'{Pointer.Dotted(pointer)}' is a list of {list.Count} item(s); '{segments[k]}' is not the index of one"));
                    return;
                default:
                    issues.Add(segmentPosition.Issue("set.path", $"'{Pointer.Dotted(pointer)}' is a single value; it has no key '{segments[k]}'"));
                    return;
            }

            pointer = child;
        }

        MarkValue(tree, pointer, node, valuePosition);
        foreach (var relative in value.NotFinite)
        {
            tree.MarkNotFinite(pointer + relative);
        }

        foreach (var relative in value.Reported)
        {
            tree.MarkReported(pointer + relative);
        }
    }

    private static void MarkValue(YamlTree tree, string pointer, JsonNode? node, SourcePosition position)
    {
        tree.Positions.SetValue(pointer, position);
        switch (node)
        {
            case JsonObject mapping:
                foreach (var (key, child) in mapping)
                {
                    tree.Positions.SetKey(Pointer.Child(pointer, key), position);
                    MarkValue(tree, Pointer.Child(pointer, key), child, position);
                }

                break;
            case JsonArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    MarkValue(tree, Pointer.Child(pointer, i), list[i], position);
                }

                break;
        }
    }

    private static int[] SegmentColumns(string[] segments)
    {
        var columns = new int[segments.Length];
        var column = 1;
        for (var k = 0; k < segments.Length; k++)
        {
            columns[k] = column;
            column += segments[k].Length + 1;
        }

        return columns;
    }
}
