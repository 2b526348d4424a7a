using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DigitalTrade.Scenarios.Yaml;

/// <summary>
/// A YAML document as a JSON tree (for the schema) plus the source position of every node. Built from the
/// parser's events rather than YamlStream so that a duplicate key is one issue among others, not the end
/// of parsing, and so that the <see cref="ScenarioLimits"/> on depth, node count, alias expansion and
/// string length stop a hostile document while it is read, before it can grow in memory.
/// </summary>
internal sealed class YamlTree
{
    private readonly HashSet<string> _notFinite = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    private YamlTree(string file) => Positions = new PositionMap(file);

    public JsonNode? Root { get; set; }

    public PositionMap Positions { get; }

    /// <summary>Pointers of values written as .inf, -.inf or .nan (held as null in the tree, already reported).</summary>
    public IReadOnlySet<string> NotFinite => _notFinite;

    public void MarkNotFinite(string pointer)
    {
        _notFinite.Add(pointer);
        _reported.Add(pointer);
    }

    /// <summary>Pointers of values refused while reading (not finite, too long): held as null, already reported, so the schema says no more of them.</summary>
    public IReadOnlySet<string> Reported => _reported;

    public void MarkReported(string pointer) => _reported.Add(pointer);

    /// <summary>
    /// Parses YAML text. Returns null (with a "yaml.syntax" issue) when the text is not well-formed YAML;
    /// duplicate keys and non-finite numbers are reported and parsing goes on.
    /// </summary>
    public static YamlTree? Parse(string text, string file, List<ScenarioIssue> issues)
    {
        var tree = new YamlTree(file);
        var expansionBudget = (long)ScenarioLimits.AliasExpansionFactor * text.Length + ScenarioLimits.AliasExpansionAllowance;
        var builder = new Builder(tree, file, issues, expansionBudget);
        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                issues.Add(new SourcePosition(file, 1, 1).Issue("yaml.empty", "the file holds no YAML document"));
                return null;
            }

            parser.Consume<DocumentStart>();
            tree.Root = builder.ReadNode(parser, Pointer.Root, depth: 0);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                issues.Add(builder.At(second.Start).Issue("yaml.multiple-documents", "a scenario file holds one YAML document; a second one starts here"));
                return null;
            }

            return tree;
        }
        catch (LimitExceededException e)
        {
            issues.Add(e.Issue);
            return null;
        }
        catch (YamlException e)
        {
            issues.Add(builder.At(e.Start).Issue("yaml.syntax", e.Message));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet throws these for a few malformed inputs (e.g. an unclosed flow list) without a mark.
            var where = parser.Current is { } current ? current.End : Mark.Empty;
            issues.Add(builder.At(where).Issue("yaml.syntax", "malformed YAML near here (an unclosed bracket or quote?)"));
            return null;
        }
    }

    private sealed class Builder(YamlTree tree, string file, List<ScenarioIssue> issues, long expansionBudget)
    {
        private readonly Dictionary<string, Anchored> _anchors = new(StringComparer.Ordinal);

        // The document's size as read so far, aliases expanded: nodes, and nodes plus scalar characters.
        private long _nodes;
        private long _weight;

        public SourcePosition At(Mark mark) =>
            new(file, (int)Math.Max(1, Math.Min(mark.Line, int.MaxValue)), (int)Math.Max(1, Math.Min(mark.Column, int.MaxValue)));

        public JsonNode? ReadNode(IParser parser, string pointer, int depth)
        {
            if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                var position = At(alias.Start);
                if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
                {
                    issues.Add(position.Issue("yaml.syntax", $"unknown anchor '*{alias.Value.Value}'"));
                    return null;
                }

                // Counted before the copy is made: the copy is what an alias bomb multiplies.
                Count(anchored.Nodes, anchored.Weight, position, expanding: true);
                var copy = anchored.Node?.DeepClone();
                SetPositions(pointer, copy, position);
                return copy;
            }

            var start = parser.Current as NodeEvent;
            var at = At(parser.Current!.Start);
            if (depth > ScenarioLimits.MaxDepth)
            {
                throw new LimitExceededException(at.Issue(
                    "limit.depth", $"mappings and lists nest more than {ScenarioLimits.MaxDepth} levels deep here; a scenario needs far fewer"));
            }

            var (nodesBefore, weightBefore) = (_nodes, _weight);
            Count(1, 1, at, expanding: false);
            tree.Positions.SetValue(pointer, at);
            JsonNode? node = parser.Current switch
            {
                Scalar => ReadScalar(parser.Consume<Scalar>(), pointer),
                SequenceStart => ReadSequence(parser, pointer, depth),
                MappingStart => ReadMapping(parser, pointer, depth),
                _ => throw new YamlException(parser.Current.Start, parser.Current.End, "unexpected YAML event"),
            };

            if (start is not null && !start.Anchor.IsEmpty)
            {
                _anchors[start.Anchor.Value] = new Anchored(node?.DeepClone(), _nodes - nodesBefore, _weight - weightBefore);
            }

            return node;
        }

        /// <summary>Adds nodes (and their weight) to the document's count; past a limit, reading stops with an issue.</summary>
        private void Count(long nodes, long weight, SourcePosition at, bool expanding)
        {
            _nodes += nodes;
            _weight += weight;
            if (_weight > expansionBudget && expanding)
            {
                throw new LimitExceededException(at.Issue(
                    "yaml.alias-expansion",
                    $"aliases expand this document past {ScenarioLimits.AliasExpansionFactor} times its size; write the repeated values out, or use fewer aliases"));
            }

            if (_nodes > ScenarioLimits.MaxNodes)
            {
                throw new LimitExceededException(at.Issue(
                    expanding ? "yaml.alias-expansion" : "limit.nodes",
                    $"the document holds more than {ScenarioLimits.MaxNodes:N0} values{(expanding ? " once its aliases are expanded" : "")}"));
            }
        }

        private JsonNode? ReadScalar(Scalar scalar, string pointer)
        {
            _weight += scalar.Value.Length;
            if (scalar.Value.Length > ScenarioLimits.MaxScalarLength)
            {
                tree.MarkReported(pointer);
                issues.Add(At(scalar.Start).Issue(
                    "limit.string-length", $"a value of {scalar.Value.Length:N0} characters; at most {ScenarioLimits.MaxScalarLength:N0} are allowed"));
                return null;
            }

            var value = ScalarResolver.Resolve(scalar, out var notFinite);
            if (notFinite)
            {
                tree.MarkNotFinite(pointer);
                issues.Add(At(scalar.Start).Issue("value.not-finite", $"'{scalar.Value}' is not a finite number"));
            }

            return value;
        }

        private JsonArray ReadSequence(IParser parser, string pointer, int depth)
        {
            parser.Consume<SequenceStart>();
            var array = new JsonArray();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                array.Add(ReadNode(parser, Pointer.Child(pointer, array.Count), depth + 1));
            }

            return array;
        }

        private JsonObject ReadMapping(IParser parser, string pointer, int depth)
        {
            parser.Consume<MappingStart>();
            var mapping = new JsonObject();
            var firstLines = new Dictionary<string, long>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                if (!parser.TryConsume<Scalar>(out var key))
                {
                    issues.Add(At(parser.Current!.Start).Issue("yaml.complex-key", "a key must be a plain text, not a list or a mapping"));
                    parser.SkipThisAndNestedEvents();
                    parser.SkipThisAndNestedEvents();
                    continue;
                }

                if (key.Value.Length > ScenarioLimits.MaxNameLength)
                {
                    issues.Add(At(key.Start).Issue(
                        "limit.string-length", $"a key of {key.Value.Length:N0} characters; at most {ScenarioLimits.MaxNameLength} are allowed"));
                    parser.SkipThisAndNestedEvents();
                    continue;
                }

                Count(1, key.Value.Length, At(key.Start), expanding: false);
                var child = Pointer.Child(pointer, key.Value);
                if (firstLines.TryGetValue(key.Value, out var firstLine))
                {
                    issues.Add(At(key.Start).Issue("yaml.duplicate-key", $"duplicate key '{key.Value}' (first on line {firstLine})"));
                    parser.SkipThisAndNestedEvents();
                    continue;
                }

                firstLines[key.Value] = key.Start.Line;
                tree.Positions.SetKey(child, At(key.Start));
                mapping[key.Value] = ReadNode(parser, child, depth + 1);
            }

            return mapping;
        }

        private void SetPositions(string pointer, JsonNode? node, SourcePosition position)
        {
            tree.Positions.SetValue(pointer, position);
            switch (node)
            {
                case JsonObject mapping:
                    foreach (var (key, value) in mapping)
                    {
                        tree.Positions.SetKey(Pointer.Child(pointer, key), position);
                        SetPositions(Pointer.Child(pointer, key), value, position);
                    }

                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        SetPositions(Pointer.Child(pointer, i), array[i], position);
                    }

                    break;
            }
        }
    }

    /// <summary>An anchored node and what it counted when it was read, which is what each alias of it adds.</summary>
    private sealed record Anchored(JsonNode? Node, long Nodes, long Weight);

    /// <summary>Stops reading a document at the first limit it breaks; carries the issue to report.</summary>
    private sealed class LimitExceededException(ScenarioIssue issue) : Exception(issue.Message)
    {
        public ScenarioIssue Issue { get; } = issue;
    }
}
