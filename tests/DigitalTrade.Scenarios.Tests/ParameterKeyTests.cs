using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using DigitalTrade.Model.Parameters;

namespace DigitalTrade.Scenarios.Tests;

/// <summary>
/// The parameters block and <see cref="ModelParameters"/> stay in step: every number of the model has a key
/// (its property names in snake_case) and every key sets that number.
/// </summary>
public class ParameterKeyTests
{
    private static readonly string Shocks = Path.Combine(RepositoryPaths.Scenarios, "examples", "shocks.yaml");

    private static readonly JsonObject Parameters =
        JsonNode.Parse(ScenarioSchema.Text)!["$defs"]!["parameters"]!.AsObject();

    public static TheoryData<string> SchemaLeaves()
    {
        var leaves = new TheoryData<string>();
        foreach (var path in Leaves(Parameters, ""))
        {
            leaves.Add(path);
        }

        return leaves;
    }

    [Fact]
    public void Every_number_of_the_model_parameters_has_a_key_in_the_schema()
    {
        var keys = Leaves(Parameters, "").ToHashSet(StringComparer.Ordinal);

        var missing = Numbers(typeof(ModelParameters), "").Where(p => !keys.Contains(p)).ToList();

        Assert.True(missing.Count == 0, $"parameters without a schema key: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(SchemaLeaves))]
    public void Every_numeric_key_of_the_schema_sets_the_parameter_of_the_same_name(string path)
    {
        var schema = Leaf(path);
        var before = Value(new ModelParameters(), path);
        var value = ValidOtherValue(schema, before, schema["type"]?.GetValue<string>() == "integer");

        var result = ScenarioLoader.Load(Shocks, [$"parameters.{path}={value.ToString(CultureInfo.InvariantCulture)}"]);

        Assert.True(result.IsValid, string.Join('\n', result.Issues));
        Assert.Equal(value, Value(result.Scenario!.Definition.Parameters, path));
    }

    /// <summary>Dotted paths of the number and integer keys (maps such as annual_rate_by_country left out).</summary>
    private static IEnumerable<string> Leaves(JsonObject schema, string prefix)
    {
        foreach (var (key, node) in (schema["properties"] as JsonObject) ?? [])
        {
            var child = Resolve(node!.AsObject());
            var path = prefix.Length == 0 ? key : $"{prefix}.{key}";
            if (child["properties"] is JsonObject)
            {
                foreach (var leaf in Leaves(child, path))
                {
                    yield return leaf;
                }
            }
            else if (child["type"]?.GetValue<string>() is "number" or "integer")
            {
                yield return path;
            }
        }
    }

    /// <summary>Dotted snake_case paths of the double and int properties of a parameters record, recursively.</summary>
    private static IEnumerable<string> Numbers(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.CanWrite))
        {
            var path = prefix.Length == 0 ? Snake(property.Name) : $"{prefix}.{Snake(property.Name)}";
            if (property.PropertyType == typeof(double) || property.PropertyType == typeof(int))
            {
                yield return path;
            }
            else if (property.PropertyType.Namespace == typeof(ModelParameters).Namespace)
            {
                foreach (var leaf in Numbers(property.PropertyType, path))
                {
                    yield return leaf;
                }
            }
        }
    }

    private static JsonObject Leaf(string path)
    {
        var node = Parameters;
        foreach (var key in path.Split('.'))
        {
            node = Resolve(node["properties"]![key]!.AsObject());
        }

        return node;
    }

    private static JsonObject Resolve(JsonObject node) =>
        node["$ref"]?.GetValue<string>() is { } reference
            ? JsonNode.Parse(ScenarioSchema.Text)!["$defs"]![reference.Split('/')[^1]]!.AsObject()
            : node;

    private static double Value(object parameters, string path)
    {
        object? value = parameters;
        foreach (var key in path.Split('.'))
        {
            var property = value!.GetType().GetProperty(Pascal(key))
                ?? throw new InvalidOperationException($"{value.GetType().Name} has no property {Pascal(key)} (key {key} of {path})");
            value = property.GetValue(value);
        }

        return Convert.ToDouble(value, CultureInfo.InvariantCulture);
    }

    /// <summary>A value the schema accepts that differs from the default: half, a quarter more or less, a half, or one more.</summary>
    private static double ValidOtherValue(JsonObject schema, double current, bool integer)
    {
        double? Bound(string keyword) => schema[keyword]?.GetValue<double>();
        bool Valid(double v) =>
            v != current
            && (!integer || v == Math.Floor(v))
            && (Bound("minimum") is not { } min || v >= min)
            && (Bound("exclusiveMinimum") is not { } xmin || v > xmin)
            && (Bound("maximum") is not { } max || v <= max)
            && (Bound("exclusiveMaximum") is not { } xmax || v < xmax);

        return new[] { current * 0.5, current + 0.25, current - 0.25, 0.5, current + 1 }.First(Valid);
    }

    private static string Snake(string pascal)
    {
        var text = new StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    private static string Pascal(string snake) =>
        string.Concat(snake.Split('_').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}
