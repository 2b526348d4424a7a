using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DigitalTrade.Model.Events;

namespace DigitalTrade.Scenarios.Tests;

/// <summary>docs/scenarios.md stays true: its complete example loads, and it names every key and event kind of the schema.</summary>
public class ScenarioReferenceTests
{
    private static readonly string Reference = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "scenarios.md")).ReplaceLineEndings("\n");

    private static readonly JsonObject Schema = JsonNode.Parse(ScenarioSchema.Text)!.AsObject();

    private static string CompleteExample()
    {
        var section = Reference[Reference.IndexOf("## A complete example", StringComparison.Ordinal)..];
        var start = section.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        return section[start..section.IndexOf("```\n", start, StringComparison.Ordinal)];
    }

    [Fact]
    public void The_complete_example_is_a_valid_scenario_with_every_top_level_key_and_event_kind()
    {
        var result = ScenarioLoader.Parse(CompleteExample(), "docs/scenarios.md", RepositoryPaths.Scenarios);

        Assert.True(result.IsValid, string.Join('\n', result.Issues));
        var definition = result.Scenario!.Definition;
        var kinds = Schema["$defs"]!["event"]!["properties"]!["kind"]!["enum"]!.AsArray().Select(k => k!.GetValue<string>());
        Assert.Equal(kinds.Order(StringComparer.Ordinal), definition.Events.Select(e => e.Kind).Distinct().Order(StringComparer.Ordinal));
        foreach (var key in Schema["properties"]!.AsObject().Select(p => p.Key))
        {
            Assert.Contains($"\n{key}:", "\n" + CompleteExample(), StringComparison.Ordinal);
        }

        Assert.Equal(3, definition.Agreements.Length);
        Assert.Contains(definition.Events, e => e is Accession);
    }

    [Fact]
    public void The_reference_names_every_key_of_the_schema()
    {
        // Names inside code spans, split at anything that is not part of a key: `theta.{goods, ecommerce}` names three.
        var named = Regex.Matches(Reference, "`([^`\n]+)`")
            .SelectMany(m => Regex.Split(m.Groups[1].Value, "[^A-Za-z0-9_]+"))
            .ToHashSet(StringComparer.Ordinal);

        var missing = Keys(Schema, []).Where(k => !named.Contains(k)).ToList();

        Assert.True(missing.Count == 0, $"keys docs/scenarios.md does not name: {string.Join(", ", missing)}");
    }

    /// <summary>Every property name the schema defines, anywhere.</summary>
    private static IEnumerable<string> Keys(JsonNode? node, HashSet<string> seen)
    {
        if (node is JsonObject mapping)
        {
            if (mapping["properties"] is JsonObject properties)
            {
                foreach (var (key, _) in properties)
                {
                    if (seen.Add(key))
                    {
                        yield return key;
                    }
                }
            }

            foreach (var (_, child) in mapping)
            {
                foreach (var key in Keys(child, seen))
                {
                    yield return key;
                }
            }
        }
        else if (node is JsonArray list)
        {
            foreach (var key in list.SelectMany(child => Keys(child, seen)))
            {
                yield return key;
            }
        }
    }
}
