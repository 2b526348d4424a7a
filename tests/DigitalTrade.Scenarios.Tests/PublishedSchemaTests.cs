using System.Text.Json;
using Json.Schema;

namespace DigitalTrade.Scenarios.Tests;

public class PublishedSchemaTests
{
    private static readonly string SchemaFile = Path.Combine(RepositoryPaths.Scenarios, "schema", "scenario.schema.json");

    [Fact]
    public void The_embedded_schema_is_the_repository_schema_file()
    {
        Assert.Equal(File.ReadAllText(SchemaFile), ScenarioSchema.Text);
    }

    [Fact]
    public void The_schema_is_a_valid_draft_2020_12_schema()
    {
        using var document = JsonDocument.Parse(ScenarioSchema.Text);

        var results = MetaSchemas.Draft202012.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(results.IsValid);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", document.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Every_object_in_the_schema_forbids_unknown_keys()
    {
        using var document = JsonDocument.Parse(ScenarioSchema.Text);
        var open = new List<string>();

        void Visit(JsonElement element, string path)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                var isObjectSchema = element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "object";
                if (isObjectSchema && !element.TryGetProperty("additionalProperties", out _) && path != "/$defs/event")
                {
                    open.Add(path);
                }

                foreach (var property in element.EnumerateObject())
                {
                    Visit(property.Value, path + "/" + property.Name);
                }
            }
        }

        Visit(document.RootElement, "");

        Assert.Empty(open); // the event's keys are closed by the schema of its kind
    }
}
