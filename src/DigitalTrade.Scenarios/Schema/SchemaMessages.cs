using System.Text.Json.Nodes;
using DigitalTrade.Scenarios.Validation;
using DigitalTrade.Scenarios.Yaml;

namespace DigitalTrade.Scenarios.Schema;

/// <summary>
/// Turns one failing schema keyword into issues with a message a user can act on, read from the keyword's
/// value in the schema and the offending value in the scenario, at the value's (or key's) position.
/// </summary>
internal sealed class SchemaMessages(JsonNode? instance, PositionMap positions, SchemaDocument schema)
{
    private const string Iso3Pattern = "^[A-Z]{3}$";

    public IEnumerable<ScenarioIssue> For(string keyword, string pointer, string evaluationPath, string libraryMessage)
    {
        var name = Pointer.Dotted(pointer);
        Pointer.TryFind(instance, pointer, out var value);
        var at = positions.ValueOf(pointer);
        var subschema = schema.At(evaluationPath);
        var keywordValue = subschema?[keyword];
        switch (keyword)
        {
            case "" when Pointer.LastSegment(evaluationPath) == "additionalProperties":
                yield return UnknownKey(pointer, schema.At(Pointer.Parent(evaluationPath)));
                break;
            case "type":
                yield return at.Issue("schema.type", $"{name}: expected {JsonText.TypeName(keywordValue)}, got {JsonText.Describe(value)}");
                break;
            case "minimum":
                yield return at.Issue("schema.minimum", $"{name} must be >= {keywordValue?.ToJsonString()}, got {JsonText.Show(value)}");
                break;
            case "exclusiveMinimum":
                yield return at.Issue("schema.minimum", $"{name} must be > {keywordValue?.ToJsonString()}, got {JsonText.Show(value)}");
                break;
            case "maximum":
                yield return at.Issue("schema.maximum", $"{name} must be <= {keywordValue?.ToJsonString()}, got {JsonText.Show(value)}");
                break;
            case "exclusiveMaximum":
                yield return at.Issue("schema.maximum", $"{name} must be < {keywordValue?.ToJsonString()}, got {JsonText.Show(value)}");
                break;
            case "required":
                foreach (var issue in Missing(pointer, subschema, keywordValue))
                {
                    yield return issue;
                }

                break;
            case "enum":
                yield return Enum(pointer, value, JsonText.Strings(keywordValue));
                break;
            case "const" when Pointer.Segments(pointer) is ["agreements", _, "members"]:
                yield return at.Issue("schema.const", $"{name} must be a list of countries or {JsonText.Show(keywordValue)}, got {JsonText.Show(value)}");
                break;
            case "const":
                yield return at.Issue("schema.const", $"{name} must be {JsonText.Show(keywordValue)}, got {JsonText.Show(value)}");
                break;
            case "pattern":
                yield return Pattern(pointer, evaluationPath, value, keywordValue?.GetValue<string>() ?? "");
                break;
            case "minItems":
                yield return at.Issue("schema.minItems", $"{name} must have at least {keywordValue?.ToJsonString()} items, got {(value as JsonArray)?.Count ?? 0}");
                break;
            case "minLength":
                yield return at.Issue("schema.minLength", $"{name} must not be empty");
                break;
            case "maxLength":
                yield return at.Issue("schema.maxLength", $"{name} may hold at most {keywordValue?.ToJsonString()} characters, got {(value as JsonValue)?.ToString().Length ?? 0}");
                break;
            case "maxItems":
                yield return at.Issue("schema.maxItems", $"{name} may have at most {keywordValue?.ToJsonString()} items, got {(value as JsonArray)?.Count ?? 0}");
                break;
            case "maxProperties":
                yield return at.Issue("schema.maxProperties", $"{name} may have at most {keywordValue?.ToJsonString()} entries, got {(value as JsonObject)?.Count ?? 0}");
                break;
            case "uniqueItems":
                foreach (var issue in Duplicates(pointer, value as JsonArray))
                {
                    yield return issue;
                }

                break;
            default:
                yield return at.Issue("schema." + (keyword.Length == 0 ? "false" : keyword), $"{name}: {libraryMessage}");
                break;
        }
    }

    private ScenarioIssue UnknownKey(string pointer, JsonObject? objectSchema)
    {
        var key = Pointer.LastSegment(pointer);
        var allowed = (objectSchema?["properties"] as JsonObject)?.Select(p => p.Key).ToArray() ?? [];
        var hint = EditDistance.Suggestion(key, allowed) is { Length: > 0 } suggestion
            ? suggestion
            : allowed.Length > 0 ? $" (allowed: {string.Join(", ", allowed)})" : "";
        return positions.KeyOf(pointer).Issue("schema.unknown-key", $"unknown key '{key}'{Where(Pointer.Parent(pointer), objectSchema)}{hint}");
    }

    private IEnumerable<ScenarioIssue> Missing(string pointer, JsonObject? objectSchema, JsonNode? required)
    {
        var present = instance is not null && Pointer.TryFind(instance, pointer, out var node) && node is JsonObject mapping
            ? mapping.Select(p => p.Key).ToHashSet(StringComparer.Ordinal)
            : [];
        var allowed = (objectSchema?["properties"] as JsonObject)?.Select(p => p.Key).ToArray() ?? [];
        // A key missing because it is misspelt is reported once, as the unknown key with its suggestion.
        var misspelt = present.Where(k => !allowed.Contains(k)).Select(k => EditDistance.Closest(k, allowed)).ToHashSet(StringComparer.Ordinal);
        foreach (var key in JsonText.Strings(required).Where(k => !present.Contains(k) && !misspelt.Contains(k)))
        {
            yield return positions.KeyOf(pointer).Issue("schema.required", $"missing required key '{key}'{Where(pointer, objectSchema)}");
        }
    }

    private ScenarioIssue Enum(string pointer, JsonNode? value, IReadOnlyList<string> allowed)
    {
        var shown = JsonText.Show(value);
        var hint = value is JsonValue v && v.TryGetValue<string>(out var text) ? EditDistance.Suggestion(text, allowed) : "";
        var what = Pointer.LastSegment(pointer) != "kind" ? $"{Pointer.Dotted(pointer)}: unknown value"
            : pointer.StartsWith("/events/", StringComparison.Ordinal) ? "unknown event kind"
            : pointer.StartsWith("/agreements/", StringComparison.Ordinal) ? "unknown agreement kind"
            : $"{Pointer.Dotted(pointer)}: unknown value";
        return positions.ValueOf(pointer).Issue("schema.enum", $"{what} {shown}{hint}; expected one of: {string.Join(", ", allowed)}");
    }

    private ScenarioIssue Pattern(string pointer, string evaluationPath, JsonNode? value, string pattern)
    {
        var isKey = Pointer.Segments(evaluationPath).Contains("propertyNames");
        var at = isKey ? positions.KeyOf(pointer) : positions.ValueOf(pointer);
        var shown = isKey ? $"key '{Pointer.LastSegment(pointer)}'" : JsonText.Show(value);
        var message = pattern switch
        {
            Iso3Pattern => $"{shown} is not an ISO3 country code (three capital letters, e.g. CHN)",
            _ when Pointer.Dotted(pointer) == "name" =>
                $"name {shown} must start with a letter or digit and hold only letters, digits, '.', '_' and '-' (it becomes a folder name)",
            _ when IsAgreementId(pointer) =>
                $"agreement id {shown} must start with a lowercase letter or digit and hold only lowercase letters, digits, '_' and '-'",
            _ => $"{shown} does not match the pattern {pattern}",
        };
        return at.Issue("schema.pattern", message);
    }

    private IEnumerable<ScenarioIssue> Duplicates(string pointer, JsonArray? list)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < (list?.Count ?? 0); i++)
        {
            var text = list![i]?.ToJsonString() ?? "null";
            if (!seen.TryAdd(text, i))
            {
                yield return positions.ValueOf(Pointer.Child(pointer, i)).Issue(
                    "schema.uniqueItems", $"duplicate item {JsonText.Show(list[i])} in {Pointer.Dotted(pointer)} (already item {seen[text]})");
            }
        }
    }

    private static bool IsAgreementId(string pointer) =>
        Pointer.Segments(pointer) is ["agreements", _, "id"] or ["dispute_mechanism", "members"] or ["parameters", "disputes", "rcep_agreement"];

    /// <summary>" in an event of kind X" or " in parameters.theta" or "" at the top level.</summary>
    private static string Where(string objectPointer, JsonObject? objectSchema)
    {
        if (objectSchema?["properties"]?["kind"]?["const"] is JsonValue kind)
        {
            return $" in an event of kind {kind.GetValue<string>()}";
        }

        return objectPointer.Length == 0 ? "" : $" in {Pointer.Dotted(objectPointer)}";
    }
}
