using System.Globalization;
using System.Text.Json.Nodes;
using Json.Schema;
using DigitalTrade.Scenarios.Yaml;

namespace DigitalTrade.Scenarios.Schema;

/// <summary>
/// An embedded schema, built once: the evaluator of JsonSchema.Net and the same document as a
/// JSON tree, which error messages read bounds, enums and allowed keys from.
/// </summary>
internal sealed class SchemaDocument
{
    private static readonly Lazy<SchemaDocument> LazyScenario = new(() => new SchemaDocument(ScenarioSchema.Text));
    private static readonly Lazy<SchemaDocument> LazyExperiment = new(() => new SchemaDocument(ScenarioSchema.ExperimentText));

    private SchemaDocument(string text)
    {
        Evaluator = JsonSchema.FromText(text);
        Tree = JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>The schema of scenario files.</summary>
    public static SchemaDocument Instance => LazyScenario.Value;

    /// <summary>The schema of GE experiment files.</summary>
    public static SchemaDocument Experiment => LazyExperiment.Value;

    public JsonSchema Evaluator { get; }

    public JsonObject Tree { get; }

    /// <summary>
    /// The subschema reached by an evaluation path such as "/properties/events/items/$ref/allOf/0/then/$ref":
    /// "$ref" segments follow the local reference; segments the document does not have are passed over.
    /// </summary>
    public JsonObject? At(string evaluationPath)
    {
        JsonNode? node = Tree;
        foreach (var segment in Pointer.Segments(evaluationPath))
        {
            if (segment == "$ref" && node is JsonObject withRef && withRef["$ref"]?.GetValue<string>() is { } reference)
            {
                node = Resolve(reference);
            }
            else if (node is JsonObject mapping && mapping.TryGetPropertyValue(segment, out var child))
            {
                node = child;
            }
            else if (node is JsonArray list && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < list.Count)
            {
                node = list[index];
            }
        }

        return node as JsonObject;
    }

    private JsonNode? Resolve(string reference)
    {
        JsonNode? node = Tree;
        foreach (var segment in Pointer.Segments(reference.TrimStart('#')))
        {
            node = node is JsonObject mapping ? mapping[segment] : null;
        }

        return node;
    }
}
