using System.Text.Json;
using System.Text.Json.Nodes;

namespace DigitalTrade.Scenarios.Schema;

/// <summary>How values of a scenario tree are named in messages: "string 'abc'", "number 2.5", "a list".</summary>
internal static class JsonText
{
    public static string Describe(JsonNode? value) => value switch
    {
        null => "an empty value",
        JsonObject => "a mapping",
        JsonArray => "a list",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => $"string '{v.GetValue<string>()}'",
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => $"number {v.ToJsonString()}",
        _ => $"boolean {value.ToJsonString()}",
    };

    /// <summary>A value as written: strings in single quotes, numbers as they are.</summary>
    public static string Show(JsonNode? value) => value switch
    {
        null => "an empty value",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => $"'{v.GetValue<string>()}'",
        _ => value.ToJsonString(),
    };

    /// <summary>A schema type name as users know it: object is a mapping, array a list.</summary>
    public static string TypeName(JsonNode? schemaType) => schemaType switch
    {
        JsonArray types => string.Join(" or ", types.Select(TypeName)),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>() switch
        {
            "object" => "a mapping",
            "array" => "a list",
            var name => name,
        },
        _ => "a value of another type",
    };

    /// <summary>The strings of a JSON array, for enums, required keys and the like.</summary>
    public static IReadOnlyList<string> Strings(JsonNode? array) =>
        array is JsonArray list
            ? list.Select(x => x is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : x?.ToJsonString() ?? "null").ToArray()
            : [];
}
