using System.Text.Json;
using Json.Schema;
using DigitalTrade.Scenarios.Yaml;

namespace DigitalTrade.Scenarios.Schema;

/// <summary>
/// Validates a YAML tree against an embedded JSON Schema (scenarios by default) and reports one issue per actual problem,
/// located in the YAML source. The structural failures JsonSchema.Net also lists (the "if" of an event's
/// kind that did not match, parents of a failing leaf) are left out.
/// </summary>
internal static class SchemaValidator
{
    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    // A valid document (the usual case) needs no detailed results, which cost most of the evaluation's time.
    private static readonly EvaluationOptions FlagOnly = new() { OutputFormat = OutputFormat.Flag };

    /// <summary>Validates the tree; returns the pointers of the values that failed (for the semantic rules to skip).</summary>
    public static IReadOnlySet<string> Validate(YamlTree tree, List<ScenarioIssue> issues, SchemaDocument? against = null)
    {
        var schema = against ?? SchemaDocument.Instance;
        using var document = JsonDocument.Parse(tree.Root?.ToJsonString() ?? "null");
        var failed = new HashSet<string>(StringComparer.Ordinal);
        if (schema.Evaluator.Evaluate(document.RootElement, FlagOnly).IsValid)
        {
            return failed;
        }

        var results = schema.Evaluator.Evaluate(document.RootElement, Options);

        var messages = new SchemaMessages(tree.Root, tree.Positions, schema);
        foreach (var result in (IEnumerable<EvaluationResults>)[results, .. results.Details ?? []])
        {
            var pointer = result.InstanceLocation.ToString();
            var evaluationPath = result.EvaluationPath.ToString();
            if (result.Errors is null || result.Errors.Count == 0 || IsConditionTest(evaluationPath) || tree.Reported.Contains(pointer))
            {
                continue;
            }

            failed.Add(pointer);
            foreach (var (keyword, message) in result.Errors)
            {
                issues.AddRange(messages.For(keyword, pointer, evaluationPath, message));
            }
        }

        return failed;
    }

    /// <summary>An "if" subschema only selects the shape of an event; its failures are not problems.</summary>
    private static bool IsConditionTest(string evaluationPath) => Pointer.Segments(evaluationPath).Contains("if");
}
