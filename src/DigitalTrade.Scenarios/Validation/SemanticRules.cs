using System.Globalization;
using System.Text.Json.Nodes;
using DigitalTrade.Model.Infrastructure;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Scenarios.Data;
using DigitalTrade.Scenarios.Yaml;

namespace DigitalTrade.Scenarios.Validation;

/// <summary>
/// The rules a schema cannot express, checked after it on the values that passed it: country codes known
/// to the countries file and kept by <c>include</c>, event rounds within the run, output shares that leave
/// some GDP untraded, and the rules of agreements (<see cref="AgreementChecks"/>), events
/// (<see cref="EventChecks"/>) and dispute settlement (<see cref="DisputeChecks"/>).
/// </summary>
internal sealed class SemanticRules(YamlTree tree, IReadOnlySet<string> failed, List<ScenarioIssue> issues)
{
    /// <summary>Lists of country codes in events, by key.</summary>
    private static readonly string[] EventCodeLists = ["/importers", "/exporters", "/countries", "/route"];

    /// <summary>Single country codes in events, by key.</summary>
    private static readonly string[] EventCodes = ["/country", "/from", "/to"];

    private JsonNode? Root => tree.Root;

    /// <param name="countries">The countries file's data, null when it could not be read.</param>
    /// <param name="countriesFile">How issues name the countries file.</param>
    /// <param name="links">The links file's links; empty without one, null when it could not be read.</param>
    public void Check(CountryData? countries, string countriesFile, IReadOnlyList<NetworkLink>? links)
    {
        var codes = countries is null ? null : new CountryCodes(tree, failed, issues, countries, countriesFile);
        if (codes is not null)
        {
            CheckCountryCodes(codes);
        }

        if (countries is not null)
        {
            CheckCountryCount(countries, countriesFile);
        }

        CheckEventRounds();
        CheckOutputShares();
        var agreements = new AgreementChecks(tree, failed, issues).Check(codes);
        new EventChecks(tree, failed, issues).Check(agreements, links, codes);
        new DisputeChecks(tree, failed, issues).Check(agreements, codes);
    }

    /// <summary>A run's cost grows with the square of its countries: at most <see cref="ScenarioLimits.MaxCountries"/>.</summary>
    private void CheckCountryCount(CountryData countries, string countriesFile)
    {
        var include = TreeValues.Strings(Root, "/countries/include").Select(x => x.Value).ToHashSet(StringComparer.Ordinal);
        var count = include.Count == 0 ? countries.Countries.Length : countries.Countries.Count(c => include.Contains(c.Iso3));
        if (count > ScenarioLimits.MaxCountries)
        {
            var pointer = include.Count == 0 ? "/countries/file" : "/countries/include";
            issues.Add(tree.Positions.ValueOf(pointer).Issue(
                "limit.countries",
                $"the scenario has {count:N0} countries from {countriesFile}; at most {ScenarioLimits.MaxCountries:N0} are allowed (choose some with countries.include)"));
        }
    }

    private void CheckCountryCodes(CountryCodes codes)
    {
        codes.InScenario("/parameters/reference_country", TreeValues.String(Root, "/parameters/reference_country"));
        if (TreeValues.At(Root, "/parameters/growth/annual_rate_by_country") is JsonObject rates)
        {
            foreach (var (code, _) in rates)
            {
                codes.InScenario(Pointer.Child("/parameters/growth/annual_rate_by_country", code), code, keyPosition: true);
            }
        }

        // Overrides of countries the scenario leaves out are passed over, as members of agreements are.
        if (TreeValues.At(Root, "/barriers/countries") is JsonObject overrides)
        {
            foreach (var (code, _) in overrides)
            {
                codes.Known(Pointer.Child("/barriers/countries", code), code, keyPosition: true);
            }
        }

        foreach (var eventPointer in EventPointers())
        {
            foreach (var key in EventCodes)
            {
                codes.InScenario(eventPointer + key, TreeValues.String(Root, eventPointer + key));
            }

            foreach (var list in EventCodeLists)
            {
                foreach (var (pointer, code) in TreeValues.Strings(Root, eventPointer + list))
                {
                    codes.InScenario(pointer, code);
                }
            }
        }
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

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
