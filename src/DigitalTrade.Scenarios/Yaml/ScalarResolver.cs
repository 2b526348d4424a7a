using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DigitalTrade.Scenarios.Yaml;

/// <summary>
/// Resolves YAML scalars to JSON values with the YAML 1.2 core schema: plain scalars become null, booleans,
/// integers or floats when they look like one; quoted scalars stay strings.
/// </summary>
internal static partial class ScalarResolver
{
    private const string TagPrefix = "tag:yaml.org,2002:";

    /// <summary>The resolved value of a scalar event; <paramref name="notFinite"/> is set for .inf, -.inf and .nan.</summary>
    public static JsonNode? Resolve(Scalar scalar, out bool notFinite)
    {
        notFinite = false;
        var tag = scalar.Tag.IsEmpty ? "" : scalar.Tag.Value;
        if (tag == TagPrefix + "str" || (tag.Length == 0 && scalar.Style != ScalarStyle.Plain) || (tag.Length > 0 && !tag.StartsWith(TagPrefix, StringComparison.Ordinal)))
        {
            return JsonValue.Create(scalar.Value);
        }

        return ResolvePlain(scalar.Value, out notFinite);
    }

    /// <summary>Resolves the text of a plain scalar.</summary>
    public static JsonNode? ResolvePlain(string text, out bool notFinite)
    {
        notFinite = false;
        if (NullPattern().IsMatch(text))
        {
            return null;
        }

        if (BoolPattern().IsMatch(text))
        {
            return JsonValue.Create(text[0] is 't' or 'T');
        }

        if (IntPattern().IsMatch(text))
        {
            return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)
                ? JsonValue.Create(integer)
                : Float(text, out notFinite);
        }

        if (OctalPattern().IsMatch(text) && TryParseBase(text[2..], 8, out var octal))
        {
            return JsonValue.Create(octal);
        }

        if (HexPattern().IsMatch(text) && long.TryParse(text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex) && hex >= 0)
        {
            return JsonValue.Create(hex);
        }

        if (FloatPattern().IsMatch(text))
        {
            return Float(text, out notFinite);
        }

        if (InfinityPattern().IsMatch(text) || NanPattern().IsMatch(text))
        {
            notFinite = true;
            return null;
        }

        return JsonValue.Create(text);
    }

    private static JsonValue? Float(string text, out bool notFinite)
    {
        var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        notFinite = !double.IsFinite(value);
        return notFinite ? null : JsonValue.Create(value);
    }

    private static bool TryParseBase(string digits, int radix, out long value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (value > (long.MaxValue - (digit - '0')) / radix)
            {
                return false;
            }

            value = (value * radix) + (digit - '0');
        }

        return true;
    }

    [GeneratedRegex("^(~|null|Null|NULL|)$")]
    private static partial Regex NullPattern();

    [GeneratedRegex("^(true|True|TRUE|false|False|FALSE)$")]
    private static partial Regex BoolPattern();

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntPattern();

    [GeneratedRegex("^0o[0-7]+$")]
    private static partial Regex OctalPattern();

    [GeneratedRegex("^0x[0-9a-fA-F]+$")]
    private static partial Regex HexPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^[-+]?\.(inf|Inf|INF)$")]
    private static partial Regex InfinityPattern();

    [GeneratedRegex(@"^\.(nan|NaN|NAN)$")]
    private static partial Regex NanPattern();
}
