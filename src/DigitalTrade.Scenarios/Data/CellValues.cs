using System.Globalization;
using System.Text.RegularExpressions;

namespace DigitalTrade.Scenarios.Data;

/// <summary>Reads typed values from CSV cells, reporting at the cell what is wrong with it.</summary>
internal static partial class CellValues
{
    /// <summary>A finite number; for an optional cell, empty reads as null. False (with an issue) otherwise.</summary>
    public static bool TryNumber(CsvCell cell, bool optional, List<ScenarioIssue> issues, out double? value)
    {
        value = null;
        if (cell.IsEmpty)
        {
            if (!optional)
            {
                issues.Add(cell.Issue("data.not-a-number", $"{cell.Column} is empty; a number is required"));
            }

            return optional;
        }

        if (double.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            value = number;
            return true;
        }

        issues.Add(cell.Issue("data.not-a-number", $"{cell.Column} '{cell.Text}' is not a number"));
        return false;
    }

    /// <summary>A calendar year: a whole number from 1900 to 2100; an issue otherwise.</summary>
    public static bool TryYear(CsvCell cell, List<ScenarioIssue> issues, out int year)
    {
        year = 0;
        if (int.TryParse(cell.Text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1900 and <= 2100)
        {
            year = value;
            return true;
        }

        issues.Add(cell.Issue("data.year", $"{cell.Column} '{cell.Text}' is not a year (a whole number from 1900 to 2100)"));
        return false;
    }

    /// <summary>True when the number lies in the range; an issue otherwise.</summary>
    public static bool InRange(CsvCell cell, double value, double min, double max, bool minExclusive, List<ScenarioIssue> issues)
    {
        var aboveMin = minExclusive ? value > min : value >= min;
        if (aboveMin && value <= max)
        {
            return true;
        }

        var lower = minExclusive ? $"> {Invariant(min)}" : $">= {Invariant(min)}";
        var range = double.IsPositiveInfinity(max) ? lower : $"{lower} and <= {Invariant(max)}";
        issues.Add(cell.Issue("data.out-of-range", $"{cell.Column} must be {range}, got {cell.Text.Trim()}"));
        return false;
    }

    /// <summary>An ISO 3166-1 alpha-3 code (three capital letters); an issue otherwise.</summary>
    public static bool TryIso3(CsvCell cell, List<ScenarioIssue> issues, out string code)
    {
        code = cell.Text.Trim();
        if (Iso3().IsMatch(code))
        {
            return true;
        }

        issues.Add(cell.Issue("data.iso3", $"{cell.Column} '{cell.Text}' is not an ISO3 country code (three capital letters)"));
        return false;
    }

    /// <summary>A non-empty text; an issue otherwise.</summary>
    public static bool TryText(CsvCell cell, List<ScenarioIssue> issues, out string text)
    {
        text = cell.Text.Trim();
        if (text.Length > 0)
        {
            return true;
        }

        issues.Add(cell.Issue("data.empty", $"{cell.Column} is empty"));
        return false;
    }

    /// <summary>true/false (also 1/0, any case); empty reads as false.</summary>
    public static bool TryBoolean(CsvCell cell, List<ScenarioIssue> issues, out bool value)
    {
        switch (cell.Text.Trim().ToUpperInvariant())
        {
            case "" or "FALSE" or "0":
                value = false;
                return true;
            case "TRUE" or "1":
                value = true;
                return true;
            default:
                value = false;
                issues.Add(cell.Issue("data.not-a-boolean", $"{cell.Column} must be true or false, got '{cell.Text}'"));
                return false;
        }
    }

    /// <summary>A 0/1 flag; an issue otherwise.</summary>
    public static bool TryFlag(CsvCell cell, List<ScenarioIssue> issues, out bool value)
    {
        value = cell.Text.Trim() == "1";
        if (cell.Text.Trim() is "0" or "1")
        {
            return true;
        }

        issues.Add(cell.Issue("data.not-a-flag", $"{cell.Column} must be 0 or 1, got '{cell.Text}'"));
        return false;
    }

    private static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex Iso3();
}
