using System.Text.Json.Nodes;
using DigitalTrade.Model.World;
using DigitalTrade.Scenarios.Data;
using DigitalTrade.Scenarios.Yaml;

namespace DigitalTrade.Scenarios.Validation;

/// <summary>
/// The country codes a scenario may name: those of its countries file and, of them, those
/// <c>countries.include</c> keeps. Checks report unknown codes with a suggestion; codes that already failed
/// the schema are passed over.
/// </summary>
internal sealed class CountryCodes
{
    private readonly YamlTree _tree;
    private readonly IReadOnlySet<string> _failed;
    private readonly List<ScenarioIssue> _issues;
    private readonly CountryData _countries;
    private readonly string _countriesFile;
    private readonly HashSet<string>? _included;

    /// <summary>Reads <c>countries.include</c>, reporting its unknown codes.</summary>
    public CountryCodes(YamlTree tree, IReadOnlySet<string> failed, List<ScenarioIssue> issues, CountryData countries, string countriesFile)
    {
        _tree = tree;
        _failed = failed;
        _issues = issues;
        _countries = countries;
        _countriesFile = countriesFile;
        _included = TreeValues.At(tree.Root, "/countries/include") is JsonArray && !failed.Contains("/countries/include")
            ? new HashSet<string>(StringComparer.Ordinal)
            : null;
        foreach (var (pointer, code) in TreeValues.Strings(tree.Root, "/countries/include"))
        {
            if (Known(pointer, code))
            {
                _included?.Add(code);
            }
        }
    }

    /// <summary>How issues name the countries file.</summary>
    public string CountriesFile => _countriesFile;

    /// <summary>The profiles the countries file holds (those read without a problem).</summary>
    public IEnumerable<CountryProfile> Profiles => _countries.Countries;

    /// <summary>True when the code is a country of the scenario (in the file and kept by <c>include</c>); reports nothing.</summary>
    public bool Contains(string code) => _countries.Codes.Contains(code) && (_included is null || _included.Contains(code));

    /// <summary>True when the code is in the countries file; a "country.unknown" issue when it is not.</summary>
    public bool Known(string pointer, string code, bool keyPosition = false)
    {
        if (_failed.Contains(pointer) || !IsIso3(code))
        {
            return false; // the schema has already reported it
        }

        if (_countries.Codes.Contains(code))
        {
            return true;
        }

        _issues.Add(At(pointer, keyPosition).Issue(
            "country.unknown",
            $"unknown country '{code}': not in {_countriesFile}{EditDistance.Suggestion(code, _countries.Codes.Order(StringComparer.Ordinal))}"));
        return false;
    }

    /// <summary>
    /// True when the code is a country of the scenario: known, and kept by <c>include</c>; a "country.unknown" or
    /// "country.not-included" issue otherwise. Null codes (not given) are passed over.
    /// </summary>
    public bool InScenario(string pointer, string? code, bool keyPosition = false)
    {
        if (code is null || !Known(pointer, code, keyPosition))
        {
            return false;
        }

        if (_included is null || _included.Contains(code))
        {
            return true;
        }

        _issues.Add(At(pointer, keyPosition).Issue("country.not-included", $"{code} is in {_countriesFile} but not in countries.include"));
        return false;
    }

    private SourcePosition At(string pointer, bool keyPosition) =>
        keyPosition ? _tree.Positions.KeyOf(pointer) : _tree.Positions.ValueOf(pointer);

    private static bool IsIso3(string code) => code.Length == 3 && code.All(c => c is >= 'A' and <= 'Z');
}
