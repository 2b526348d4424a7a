using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DigitalTrade.Scenarios.Yaml;

/// <summary>
/// A YAML document as a JSON tree (for the schema) plus the source position of every node. Built from the
/// parser's events rather than YamlStream so that a duplicate key is one issue among others, not the end
/// of parsing.
/// </summary>
internal sealed class YamlTree
{
    private readonly HashSet<string> _notFinite = new(StringComparer.Ordinal);

    private YamlTree(string file) => Positions = new PositionMap(file);

    public JsonNode? Root { get; set; }

    public PositionMap Positions { get; }

    /// <summary>Pointers of values written as .inf, -.inf or .nan (held as null in the tree, already reported).</summary>
    public IReadOnlySet<string> NotFinite => _notFinite;

    public void MarkNotFinite(string pointer) => _notFinite.Add(pointer);

    /// <summary>
    /// Parses YAML text. Returns null (with a "yaml.syntax" issue) when the text is not well-formed YAML;
    /// duplicate keys and non-finite numbers are reported and parsing goes on.
    /// </summary>
    public static YamlTree? Parse(string text, string file, List<ScenarioIssue> issues)
    {
        var tree = new YamlTree(file);
        var builder = new Builder(tree, file, issues);
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
            tree.Root = builder.ReadNode(parser, Pointer.Root);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                issues.Add(builder.At(second.Start).Issue("yaml.multiple-documents", "a scenario file holds one YAML document; a second one starts here"));
                return null;
            }

            return tree;
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

    private sealed class Builder(YamlTree tree, string file, List<ScenarioIssue> issues)
    {
        private readonly Dictionary<string, JsonNode?> _anchors = new(StringComparer.Ordinal);

        public SourcePosition At(Mark mark) =>
            new(file, (int)Math.Max(1, Math.Min(mark.Line, int.MaxValue)), (int)Math.Max(1, Math.Min(mark.Column, int.MaxValue)));

        public JsonNode? ReadNode(IParser parser, string pointer)
        {
            if (parser.TryConsume<AnchorAlias>(out var alias))
            {
                var position = At(alias.Start);
                if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
                {
                    issues.Add(position.Issue("yaml.syntax", $"unknown anchor '*{alias.Value.Value}'"));
                    return null;
                }

                var copy = anchored?.DeepClone();
                SetPositions(pointer, copy, position);
                return copy;
            }

            var start = parser.Current as NodeEvent;
            tree.Positions.SetValue(pointer, At(parser.Current!.Start));
            JsonNode? node = parser.Current switch
            {
                Scalar => ReadScalar(parser.Consume<Scalar>(), pointer),
                SequenceStart => ReadSequence(parser, pointer),
                MappingStart => ReadMapping(parser, pointer),
                _ => throw new YamlException(parser.Current.Start, parser.Current.End, "unexpected YAML event"),
            };

            if (start is not null && !start.Anchor.IsEmpty)
            {
                _anchors[start.Anchor.Value] = node?.DeepClone();
            }

            return node;
        }

        private JsonNode? ReadScalar(Scalar scalar, string pointer)
        {
            var value = ScalarResolver.Resolve(scalar, out var notFinite);
            if (notFinite)
            {
                tree.MarkNotFinite(pointer);
                issues.Add(At(scalar.Start).Issue("value.not-finite", $"'{scalar.Value}' is not a finite number"));
            }

            return value;
        }

        private JsonArray ReadSequence(IParser parser, string pointer)
        {
            parser.Consume<SequenceStart>();
            var array = new JsonArray();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                array.Add(ReadNode(parser, Pointer.Child(pointer, array.Count)));
            }

            return array;
        }

        private JsonObject ReadMapping(IParser parser, string pointer)
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

                var child = Pointer.Child(pointer, key.Value);
                if (firstLines.TryGetValue(key.Value, out var firstLine))
                {
                    issues.Add(At(key.Start).Issue("yaml.duplicate-key", $"duplicate key '{key.Value}' (first on line {firstLine})"));
                    parser.SkipThisAndNestedEvents();
                    continue;
                }

                firstLines[key.Value] = key.Start.Line;
                tree.Positions.SetKey(child, At(key.Start));
                mapping[key.Value] = ReadNode(parser, child);
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
}
