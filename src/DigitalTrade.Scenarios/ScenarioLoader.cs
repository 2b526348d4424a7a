using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using DigitalTrade.Model.Infrastructure;
using DigitalTrade.Model.World;
using DigitalTrade.Scenarios.Data;
using DigitalTrade.Scenarios.Schema;
using DigitalTrade.Scenarios.Validation;
using DigitalTrade.Scenarios.Yaml;

namespace DigitalTrade.Scenarios;

/// <summary>
/// Loads scenario files (DESIGN §6): YAML, then command-line overrides, then the JSON Schema, then the data
/// files and the semantic rules. Every problem is reported at once, with file, line, column and rule;
/// a scenario is returned only when there is none. A user's mistake never throws.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>
    /// Loads a scenario file. <paramref name="overrides"/> are "key=value" strings from the command line
    /// (<c>--set</c>); data paths resolve relative to the scenario file's folder, wherever that leads.
    /// </summary>
    public static ScenarioLoadResult Load(string path, IReadOnlyList<string>? overrides = null)
    {
        var issues = new List<ScenarioIssue>();
        if (!SourceFile.TryRead(path, issues, out var text, out var bytes))
        {
            return Result(null, issues);
        }

        return Run(text, path, DataLocation.BesideScenario(path), overrides, Sha256(bytes));
    }

    /// <summary>
    /// Parses scenario YAML given as text (for the HTTP API). <paramref name="displayPath"/> names it in issues;
    /// data paths resolve under <paramref name="dataRoot"/> and must stay inside it ("data.path-outside-root").
    /// </summary>
    public static ScenarioLoadResult Parse(string yamlText, string displayPath, string dataRoot, IReadOnlyList<string>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataRoot); // the host's configuration, not the user's text
        if (Encoding.UTF8.GetByteCount(yamlText) > ScenarioLimits.MaxDocumentBytes)
        {
            return Result(null, [new ScenarioIssue(displayPath, 1, 1, "limit.document-size",
                $"the scenario is larger than {ScenarioLimits.MaxDocumentBytes / 1024} KiB, the most a scenario may hold")]);
        }

        return Run(yamlText, displayPath, DataLocation.UnderRoot(dataRoot), overrides, Sha256(Encoding.UTF8.GetBytes(yamlText)));
    }

    private static ScenarioLoadResult Run(string text, string displayPath, DataLocation data, IReadOnlyList<string>? overrides, string sha256)
    {
        var issues = new List<ScenarioIssue>();
        var tree = YamlTree.Parse(text, displayPath, issues);
        if (tree is null)
        {
            return Result(null, issues);
        }

        Overrides.Apply(tree, overrides ?? [], issues);
        if (!CountLimits.Check(tree, issues))
        {
            return Result(null, issues);
        }

        var failed = SchemaValidator.Validate(tree, issues);
        var countries = ReadCountries(tree, failed, data, issues, out var countriesFile);
        var pairs = ReadPairs(tree, failed, data, issues);
        countries = ReadPolicy(tree, failed, data, issues, countries, countriesFile);
        var links = ReadLinks(tree, failed, data, issues, countries, countriesFile);
        new SemanticRules(tree, failed, issues).Check(countries, countriesFile, links);
        var observed = ObservedFit.Read(tree, failed, data, countries, calibrate: issues.Count == 0, issues);
        if (issues.Count > 0 || tree.Root is null || countries is null || observed is not { } fit)
        {
            return Result(null, issues);
        }

        var (mapped, outputs) = ScenarioMapper.Map(tree.Root, countries, pairs ?? [], links ?? []);
        var definition = mapped with { Observed = fit.Trade };

        return Result(
            new LoadedScenario(definition, outputs, displayPath, sha256)
            {
                FitTargets = fit.Targets,
                BaselineYear = (int?)TreeValues.Integer(tree.Root, "/baseline_year") ?? ObservedFit.DefaultBaselineYear,
            },
            issues);
    }

    private static CountryData? ReadCountries(YamlTree tree, IReadOnlySet<string> failed, DataLocation data, List<ScenarioIssue> issues, out string displayPath)
    {
        displayPath = "the countries file";
        return Locate(tree, "/countries/file", failed, data, issues) is { } file
            ? CountryDataReader.Read(file.FullPath, displayPath = file.DisplayPath, file.At, issues)
            : null;
    }

    private static ImmutableArray<PairProfile>? ReadPairs(YamlTree tree, IReadOnlySet<string> failed, DataLocation data, List<ScenarioIssue> issues) =>
        Locate(tree, "/countries/pairs", failed, data, issues) is { } file
            ? PairDataReader.Read(file.FullPath, file.DisplayPath, file.At, issues)
            : null;

    /// <summary>The countries with the policy file's data, when the scenario names one (the countries unchanged otherwise).</summary>
    private static CountryData? ReadPolicy(
        YamlTree tree, IReadOnlySet<string> failed, DataLocation data, List<ScenarioIssue> issues, CountryData? countries, string countriesFile)
    {
        if (Locate(tree, "/countries/policy", failed, data, issues) is not { } file
            || CountryPolicyReader.Read(file.FullPath, file.DisplayPath, file.At, issues) is not { } policy
            || countries is null)
        {
            return countries;
        }

        return CountryPolicyReader.Apply(countries, countriesFile, policy, file.DisplayPath, file.At, issues);
    }

    /// <summary>The links file's links: empty when the scenario names none, null when it cannot be read.</summary>
    private static ImmutableArray<NetworkLink>? ReadLinks(
        YamlTree tree, IReadOnlySet<string> failed, DataLocation data, List<ScenarioIssue> issues, CountryData? countries, string countriesFile)
    {
        const string pointer = "/network/links";
        if (!Pointer.TryFind(tree.Root, pointer, out _))
        {
            return [];
        }

        if (Locate(tree, pointer, failed, data, issues) is not { } file
            || LinkDataReader.Read(file.FullPath, file.DisplayPath, file.At, issues) is not { } links)
        {
            return null;
        }

        if (countries is not null)
        {
            LinkCountryCheck.Check(file.FullPath, file.DisplayPath, links, countries, countriesFile, issues);
        }

        return links;
    }

    /// <summary>The data file named at a pointer, when the name passed the schema and the file exists.</summary>
    private static (string FullPath, string DisplayPath, SourcePosition At)? Locate(
        YamlTree tree, string pointer, IReadOnlySet<string> failed, DataLocation data, List<ScenarioIssue> issues)
    {
        if (failed.Contains(pointer) || TreeValues.String(tree.Root, pointer) is not { Length: > 0 } written)
        {
            return null;
        }

        var at = tree.Positions.ValueOf(pointer);
        if (data.Resolve(written, at, issues) is not { } resolved)
        {
            return null;
        }

        if (!File.Exists(resolved.FullPath))
        {
            issues.Add(at.Issue("data.not-found", $"data file '{resolved.DisplayPath}' not found"));
            return null;
        }

        return (resolved.FullPath, resolved.DisplayPath, at);
    }

    private static ScenarioLoadResult Result(LoadedScenario? scenario, List<ScenarioIssue> issues)
    {
        var sorted = issues
            .Distinct()
            .OrderBy(i => i.File, StringComparer.Ordinal)
            .ThenBy(i => i.Line)
            .ThenBy(i => i.Column)
            .ThenBy(i => i.Rule, StringComparer.Ordinal)
            .ThenBy(i => i.Message, StringComparer.Ordinal)
            .ToImmutableArray();
        return new ScenarioLoadResult(sorted.IsEmpty ? scenario : null, sorted);
    }

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
