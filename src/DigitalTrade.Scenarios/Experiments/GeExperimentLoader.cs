using System.Security.Cryptography;
using System.Text.Json.Nodes;
using DigitalTrade.Model.Experiments;
using DigitalTrade.Scenarios.Data;
using DigitalTrade.Scenarios.Schema;
using DigitalTrade.Scenarios.Yaml;

namespace DigitalTrade.Scenarios.Experiments;

/// <summary>
/// Loads GE experiment files: YAML validated against scenarios/schema/ge-experiment.schema.json, then the
/// panel CSV and the rules that need it (reference country, years, covariates, countries of the
/// counterfactual). Every problem is reported at once with file, line, column and rule; nothing throws
/// for a user's mistake.
/// </summary>
public static class GeExperimentLoader
{
    /// <summary>
    /// Loads an experiment; <paramref name="solver"/> (exact, agtpa or ge_gravity) replaces the file's
    /// choice, and <paramref name="imbalances"/> (additive or multiplicative) the file's imbalances of
    /// the ge_gravity solver.
    /// </summary>
    public static GeExperimentLoadResult Load(string path, string? solver = null, string? imbalances = null)
    {
        var issues = new List<ScenarioIssue>();
        if (solver is not null && !GeExperimentMapper.Solvers.Contains(solver))
        {
            issues.Add(new ScenarioIssue("--solver", 1, 1, "solver.unknown", $"unknown solver '{solver}'; expected {string.Join(", ", GeExperimentMapper.Solvers)}"));
        }

        if (imbalances is not null && !GeExperimentMapper.Imbalances.Contains(imbalances))
        {
            issues.Add(new ScenarioIssue("--imbalances", 1, 1, "imbalances.unknown", $"unknown imbalances '{imbalances}'; expected additive or multiplicative"));
        }

        if (!SourceFile.TryRead(path, issues, out var text, out var bytes))
        {
            return Result(null, issues);
        }

        var tree = YamlTree.Parse(text, path, issues);
        if (tree?.Root is not { } root)
        {
            return Result(null, issues);
        }

        var failed = SchemaValidator.Validate(tree, issues, SchemaDocument.Experiment);
        if (failed.Count > 0 || issues.Count > 0)
        {
            return Result(null, issues); // the data is read only for an experiment whose shape is right
        }

        var rules = new GeExperimentRules(tree);
        rules.CheckShape(issues);
        var running = GeExperimentMapper.SolverName(root, solver);
        if (imbalances is not null && running != "ge_gravity")
        {
            issues.Add(new ScenarioIssue("--imbalances", 1, 1, "imbalances.solver", $"--imbalances applies to the ge_gravity solver only; this run uses {running}"));
        }

        if (running == "agtpa" && TreeValues.String(root, "/baseline_flows") == "observed")
        {
            issues.Add(tree.Positions.ValueOf("/baseline_flows").Issue(
                "experiment.agtpa-baseline", "the agtpa procedure fits its own baseline to the estimated costs, so it needs baseline_flows: fitted"));
        }

        var panel = ReadPanel(tree, root, DataLocation.BesideScenario(path), issues, out var dataPath);
        if (panel is null)
        {
            return Result(null, issues);
        }

        rules.CheckAgainst(panel, dataPath, issues);
        var experiment = issues.Count > 0 ? null : new LoadedGeExperiment(
            GeExperimentMapper.Map(root, solver, imbalances), panel, path, Convert.ToHexStringLower(SHA256.HashData(bytes)), dataPath);
        return Result(experiment, issues);
    }

    private static GravityPanel? ReadPanel(YamlTree tree, JsonNode root, DataLocation data, List<ScenarioIssue> issues, out string dataPath)
    {
        dataPath = "";
        var at = tree.Positions.ValueOf("/data/file");
        if (data.Resolve(TreeValues.String(root, "/data/file")!, at, issues) is not { } file)
        {
            return null;
        }

        dataPath = file.DisplayPath;
        if (!File.Exists(file.FullPath))
        {
            issues.Add(at.Issue("data.not-found", $"data file '{file.DisplayPath}' not found"));
            return null;
        }

        var covariates = GeExperimentMapper.Covariates(root, "/estimation/covariates")
            .Concat(GeExperimentMapper.Covariates(root, "/second_stage/covariates"))
            .Where(c => c != Covariates.InternationalBorder)
            .ToList();
        var header = File.ReadLines(file.FullPath).FirstOrDefault()?.Split(',').Select(h => h.Trim('"')).ToHashSet(StringComparer.Ordinal) ?? [];
        var names = GeExperimentMapper.Columns(root, header);
        var numeric = covariates.Select(c => Covariates.SourceColumn(c, header)!).Distinct().ToList();
        return GravityPanelReader.Read(file.FullPath, file.DisplayPath, at, names, numeric, issues);
    }

    private static GeExperimentLoadResult Result(LoadedGeExperiment? experiment, List<ScenarioIssue> issues) =>
        new(issues.Count == 0 ? experiment : null, [.. issues.Distinct().OrderBy(i => i.File, StringComparer.Ordinal).ThenBy(i => i.Line).ThenBy(i => i.Column)]);
}
