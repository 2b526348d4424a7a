using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using DigitalTrade.Scenarios.Yaml;

namespace DigitalTrade.Scenarios.Schema;

/// <summary>
/// Validates a YAML tree against an embedded JSON Schema (scenarios by default) and reports one issue per actual problem,
/// located in the YAML source. The structural failures JsonSchema.Net also lists (the "if" of an event's
/// kind that did not match, parents of a failing leaf) are left out.
/// </summary>
/// <remarks>
/// Detailed results cost most of an evaluation's time, so a document is first checked for validity alone and
/// evaluated in detail only when it fails. A long event list is checked in chunks, and the detail is taken only of
/// failing chunks until <see cref="MaxEventIssues"/> issues are found: a 1 MiB file of invalid events then costs
/// about a second, not several, and its report stays readable.
/// </remarks>
internal static class SchemaValidator
{
    /// <summary>Events checked together; a list longer than this is checked chunk by chunk.</summary>
    public const int EventChunk = 1_000;

    /// <summary>Issues reported about events before the remaining failing events are only counted.</summary>
    public const int MaxEventIssues = 100;

    private const string Events = "events";

    /// <summary>The keys a scenario requires, with valid values, so that only a chunk's events can fail (the schema checks events on their own).</summary>
    private const string ChunkRoot = """{"name": "chunk", "seed": 0, "rounds": 0, "round_days": 1, "countries": {"file": "chunk.csv"}}""";

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    private static readonly EvaluationOptions FlagOnly = new() { OutputFormat = OutputFormat.Flag };

    /// <summary>Validates the tree; returns the pointers of the values that failed (for the semantic rules to skip).</summary>
    public static IReadOnlySet<string> Validate(YamlTree tree, List<ScenarioIssue> issues, SchemaDocument? against = null)
    {
        var schema = against ?? SchemaDocument.Instance;
        var failed = new HashSet<string>(StringComparer.Ordinal);
        var messages = new SchemaMessages(tree.Root, tree.Positions, schema);
        if (against is null && tree.Root is JsonObject root && root[Events] is JsonArray events && events.Count > EventChunk)
        {
            var rest = new JsonObject();
            foreach (var (key, value) in root)
            {
                if (key != Events)
                {
                    rest[key] = value?.DeepClone();
                }
            }

            Evaluate(schema, rest, 0, tree, messages, failed, issues);
            ValidateEvents(schema, events, tree, messages, failed, issues);
            return failed;
        }

        Evaluate(schema, tree.Root, 0, tree, messages, failed, issues);
        return failed;
    }

    /// <summary>The events, chunk by chunk, each chunk alone in a document whose other keys are valid.</summary>
    private static void ValidateEvents(
        SchemaDocument schema, JsonArray events, YamlTree tree, SchemaMessages messages, HashSet<string> failed, List<ScenarioIssue> issues)
    {
        var found = 0;
        var unreported = 0;
        var firstUnreported = -1;
        for (var start = 0; start < events.Count; start += EventChunk)
        {
            var chunk = JsonNode.Parse(ChunkRoot)!.AsObject();
            var items = new JsonArray();
            for (var i = start; i < Math.Min(events.Count, start + EventChunk); i++)
            {
                items.Add(events[i]?.DeepClone());
            }

            chunk[Events] = items;
            if (found >= MaxEventIssues)
            {
                if (!IsValid(schema, chunk))
                {
                    unreported++;
                    firstUnreported = firstUnreported < 0 ? start : firstUnreported;
                }

                continue;
            }

            var chunkIssues = new List<ScenarioIssue>();
            Evaluate(schema, chunk, start, tree, messages, failed, chunkIssues, onlyUnder: "/" + Events + "/");
            var kept = chunkIssues.OrderBy(i => i.Line).ThenBy(i => i.Column).Take(MaxEventIssues - found).ToList();
            issues.AddRange(kept);
            found += kept.Count;
            if (kept.Count < chunkIssues.Count)
            {
                unreported++;
                firstUnreported = firstUnreported < 0 ? start : firstUnreported;
            }
        }

        if (unreported > 0)
        {
            issues.Add(tree.Positions.ValueOf("/" + Events).Issue(
                "schema.more-issues",
                string.Create(CultureInfo.InvariantCulture, $"more events have problems than the first {found} listed (from event {firstUnreported} on); fix those and validate again")));
        }
    }

    private static bool IsValid(SchemaDocument schema, JsonNode? instance)
    {
        using var document = JsonDocument.Parse(instance?.ToJsonString() ?? "null");
        return schema.Evaluator.Evaluate(document.RootElement, FlagOnly).IsValid;
    }

    /// <summary>
    /// Evaluates an instance and reports its problems. The instance may be a chunk whose events start at
    /// <paramref name="eventOffset"/> in the tree: its pointers are moved there, and only those under
    /// <paramref name="onlyUnder"/> are kept.
    /// </summary>
    private static void Evaluate(
        SchemaDocument schema, JsonNode? instance, int eventOffset, YamlTree tree, SchemaMessages messages,
        HashSet<string> failed, List<ScenarioIssue> issues, string? onlyUnder = null)
    {
        using var document = JsonDocument.Parse(instance?.ToJsonString() ?? "null");
        if (schema.Evaluator.Evaluate(document.RootElement, FlagOnly).IsValid)
        {
            return;
        }

        var results = schema.Evaluator.Evaluate(document.RootElement, Options);
        foreach (var result in (IEnumerable<EvaluationResults>)[results, .. results.Details ?? []])
        {
            var pointer = ShiftEvent(result.InstanceLocation.ToString(), eventOffset);
            var evaluationPath = result.EvaluationPath.ToString();
            if (result.Errors is null || result.Errors.Count == 0 || IsConditionTest(evaluationPath) || tree.Reported.Contains(pointer)
                || (onlyUnder is not null && !pointer.StartsWith(onlyUnder, StringComparison.Ordinal)))
            {
                continue;
            }

            failed.Add(pointer);
            foreach (var (keyword, message) in result.Errors)
            {
                issues.AddRange(messages.For(keyword, pointer, evaluationPath, message));
            }
        }
    }

    /// <summary>/events/k/… of a chunk starting at <paramref name="offset"/> is /events/(offset + k)/… of the tree.</summary>
    private static string ShiftEvent(string pointer, int offset)
    {
        if (offset == 0 || !pointer.StartsWith("/" + Events + "/", StringComparison.Ordinal))
        {
            return pointer;
        }

        var segments = Pointer.Segments(pointer);
        var index = int.Parse(segments[1], CultureInfo.InvariantCulture) + offset;
        return "/" + string.Join('/', [Events, index.ToString(CultureInfo.InvariantCulture), .. segments.Skip(2).Select(Escape)]);
    }

    private static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>An "if" subschema only selects the shape of an event; its failures are not problems.</summary>
    private static bool IsConditionTest(string evaluationPath) => Pointer.Segments(evaluationPath).Contains("if");
}
