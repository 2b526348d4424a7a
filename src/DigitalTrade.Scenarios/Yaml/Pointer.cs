using System.Globalization;
using System.Text.Json.Nodes;

namespace DigitalTrade.Scenarios.Yaml;

/// <summary>JSON Pointers (RFC 6901) as plain strings: "" is the root, "/events/0/round" a leaf.</summary>
internal static class Pointer
{
    public const string Root = "";

    public static string Child(string parent, string key) =>
        parent + "/" + key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Child(string parent, int index) => parent + "/" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The unescaped reference tokens of a pointer.</summary>
    public static IReadOnlyList<string> Segments(string pointer) =>
        pointer.Length == 0
            ? []
            : pointer[1..].Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();

    public static string Parent(string pointer)
    {
        var slash = pointer.LastIndexOf('/');
        return slash <= 0 ? Root : pointer[..slash];
    }

    public static string LastSegment(string pointer) => Segments(pointer) is { Count: > 0 } s ? s[^1] : "";

    /// <summary>True when <paramref name="pointer"/> is <paramref name="ancestor"/> or lies under it.</summary>
    public static bool IsAtOrUnder(string pointer, string ancestor) =>
        pointer == ancestor || pointer.StartsWith(ancestor + "/", StringComparison.Ordinal);

    /// <summary>The pointer in the dotted form users write in <c>--set</c>: "events.0.round"; "the scenario" for the root.</summary>
    public static string Dotted(string pointer) => pointer.Length == 0 ? "the scenario" : string.Join('.', Segments(pointer));

    /// <summary>The node at a pointer; false when the path does not exist (a null value exists).</summary>
    public static bool TryFind(JsonNode? root, string pointer, out JsonNode? node)
    {
        node = root;
        foreach (var segment in Segments(pointer))
        {
            switch (node)
            {
                case JsonObject mapping when mapping.TryGetPropertyValue(segment, out var child):
                    node = child;
                    break;
                case JsonArray list when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < list.Count:
                    node = list[index];
                    break;
                default:
                    node = null;
                    return false;
            }
        }

        return true;
    }
}
