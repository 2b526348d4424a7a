using System.Globalization;
using System.Text.Json.Nodes;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Scenarios.Data;
using DigitalTrade.Scenarios.Yaml;

namespace DigitalTrade.Scenarios.Validation;

/// <summary>
/// The rules a schema cannot express, checked after it on the values that passed it: country codes known
/// to the countries file and kept by <c>include</c>, event rounds within the run, output shares that leave
/// some GDP untraded.
/// </summary>
internal sealed class SemanticRules(YamlTree tree, IReadOnlySet<string> failed, List<ScenarioIssue> issues)
{
    private JsonNode? Root => tree.Root;

    public void Check(CountryData? countries, string countriesFile)
    {
        if (countries is not null)
        {
            CheckCountryCodes(countries, countriesFile);
        }

        CheckEventRounds();
        CheckOutputShares();
    }

    private void CheckCountryCodes(CountryData countries, string countriesFile)
    {
        var included = TreeValues.At(Root, "/countries/include") is JsonArray && !failed.Contains("/countries/include")
            ? new HashSet<string>(StringComparer.Ordinal)
            : null;
        foreach (var (pointer, code) in TreeValues.Strings(Root, "/countries/include"))
        {
            if (Known(pointer, code, countries, countriesFile, keyPosition: false))
            {
                included?.Add(code);
            }
        }

        void Code(string pointer, string? code, bool keyPosition = false)
        {
            if (code is not null && Known(pointer, code, countries, countriesFile, keyPosition) && included is not null && !included.Contains(code))
            {
                var at = keyPosition ? tree.Positions.KeyOf(pointer) : tree.Positions.ValueOf(pointer);
                issues.Add(at.Issue("country.not-included", $"{code} is in {countriesFile} but not in countries.include"));
            }
        }

        Code("/parameters/reference_country", TreeValues.String(Root, "/parameters/reference_country"));
        if (TreeValues.At(Root, "/parameters/growth/annual_rate_by_country") is JsonObject rates)
        {
            foreach (var (code, _) in rates)
            {
                Code(Pointer.Child("/parameters/growth/annual_rate_by_country", code), code, keyPosition: true);
            }
        }

        foreach (var eventPointer in EventPointers())
        {
            Code(eventPointer + "/country", TreeValues.String(Root, eventPointer + "/country"));
            foreach (var list in new[] { "/importers", "/exporters" })
            {
                foreach (var (pointer, code) in TreeValues.Strings(Root, eventPointer + list))
                {
                    Code(pointer, code);
                }
            }
        }
    }

    /// <summary>True when the code is in the countries file; a "country.unknown" issue when it is not.</summary>
    private bool Known(string pointer, string code, CountryData countries, string countriesFile, bool keyPosition)
    {
        if (failed.Contains(pointer) || !IsIso3(code))
        {
            return false; // the schema has already reported it
        }

        if (countries.Codes.Contains(code))
        {
            return true;
        }

        var at = keyPosition ? tree.Positions.KeyOf(pointer) : tree.Positions.ValueOf(pointer);
        issues.Add(at.Issue("country.unknown", $"unknown country '{code}': not in {countriesFile}{EditDistance.Suggestion(code, countries.Codes.Order(StringComparer.Ordinal))}"));
        return false;
    }

    private void CheckEventRounds()
    {
        if (failed.Contains("/rounds") || TreeValues.Integer(Root, "/rounds") is not { } rounds)
        {
            return;
        }

        foreach (var eventPointer in EventPointers())
        {
            var pointer = eventPointer + "/round";
            if (!failed.Contains(pointer) && TreeValues.Integer(Root, pointer) is { } round && round > rounds)
            {
                issues.Add(tree.Positions.ValueOf(pointer).Issue(
                    "event.round-out-of-range", $"the event is in round {round}, after the last round of the run (rounds: {rounds})"));
            }
        }
    }

    private void CheckOutputShares()
    {
        const string shares = "/parameters/output_share";
        var defaults = new ModelParameters().OutputShare;
        var values = new Dictionary<string, double> { ["goods"] = defaults.Goods, ["ecommerce"] = defaults.Ecommerce, ["digital"] = defaults.Digital };
        foreach (var sector in values.Keys.ToList())
        {
            var pointer = Pointer.Child(shares, sector);
            if (!Pointer.TryFind(Root, pointer, out _))
            {
                continue; // not given: the default holds
            }

            if (failed.Contains(pointer) || TreeValues.Number(Root, pointer) is not { } share)
            {
                return; // reported by the schema; the sum would mean nothing
            }

            values[sector] = share;
            if (share <= 0)
            {
                issues.Add(tree.Positions.ValueOf(pointer).Issue(
                    "parameters.output-share-positive", $"output_share.{sector} must be > 0 (a sector without output cannot trade), got {Invariant(share)}"));
            }
        }

        var sum = values.Values.Sum();
        if (sum >= 1)
        {
            issues.Add(tree.Positions.KeyOf(shares).Issue(
                "parameters.output-share-sum",
                $"output shares sum to {Invariant(Math.Round(sum, 12))} (goods {Invariant(values["goods"])}, ecommerce {Invariant(values["ecommerce"])}, digital {Invariant(values["digital"])}); they must sum to less than 1, the rest of GDP being untraded"));
        }
    }

    private IEnumerable<string> EventPointers() =>
        TreeValues.At(Root, "/events") is JsonArray events
            ? Enumerable.Range(0, events.Count).Select(i => Pointer.Child("/events", i))
            : [];

    private static bool IsIso3(string code) => code.Length == 3 && code.All(c => c is >= 'A' and <= 'Z');

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
