using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DigitalTrade.Scenarios.Yaml;

/// <summary>Typed reads of a scenario tree: null when the node is missing or of another type.</summary>
internal static class TreeValues
{
    public static JsonNode? At(JsonNode? root, string pointer) => Pointer.TryFind(root, pointer, out var node) ? node : null;

    public static string? String(JsonNode? root, string pointer) =>
        At(root, pointer) is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    public static bool? Boolean(JsonNode? root, string pointer) =>
        At(root, pointer) is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? v.GetValue<bool>() : null;

    public static double? Number(JsonNode? root, string pointer) => Number(At(root, pointer));

    public static double? Number(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number
            ? double.Parse(v.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;

    /// <summary>A whole number (4 and 4.0 alike), null for fractions, numbers beyond ±2^53 and other types.</summary>
    public static long? Integer(JsonNode? root, string pointer)
    {
        if (At(root, pointer) is not JsonValue v || v.GetValueKind() != JsonValueKind.Number)
        {
            return null;
        }

        if (long.TryParse(v.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        var d = Number(v)!.Value;
        return Math.Floor(d) == d && Math.Abs(d) <= 9007199254740991 ? (long)d : null;
    }

    /// <summary>The string items of a list with their pointers.</summary>
    public static IEnumerable<(string Pointer, string Value)> Strings(JsonNode? root, string pointer)
    {
        if (At(root, pointer) is not JsonArray list)
        {
            yield break;
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (String(list[i], "") is { } value)
            {
                yield return (Pointer.Child(pointer, i), value);
            }
        }
    }
}
