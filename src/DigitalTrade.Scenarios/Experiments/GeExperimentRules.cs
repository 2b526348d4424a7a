using DigitalTrade.Model.Experiments;
using DigitalTrade.Scenarios.Yaml;

namespace DigitalTrade.Scenarios.Experiments;

/// <summary>The rules of an experiment file that its schema cannot state, each reported where it is broken.</summary>
internal sealed class GeExperimentRules(YamlTree tree)
{
    private readonly System.Text.Json.Nodes.JsonNode _root = tree.Root!;

    /// <summary>Rules on the file alone.</summary>
    public void CheckShape(List<ScenarioIssue> issues)
    {
        var hasSigma = TreeValues.At(_root, "/sigma") is not null;
        if (hasSigma == (TreeValues.At(_root, "/theta") is not null))
        {
            issues.Add(tree.Positions.ValueOf("").Issue("experiment.sigma-or-theta", "give exactly one of sigma and theta"));
        }

        var estimated = GeExperimentMapper.Covariates(_root, "/estimation/covariates").ToHashSet(StringComparer.Ordinal);
        var effects = TreeValues.Strings(_root, "/estimation/fixed_effects").Select(x => x.Value).ToHashSet(StringComparer.Ordinal);
        var pairEffects = effects.Contains("pair") || effects.Contains("directed_pair");
        if (TreeValues.At(_root, "/second_stage") is not null && !pairEffects)
        {
            issues.Add(tree.Positions.KeyOf("/second_stage").Issue("experiment.second-stage", "a second stage fills pair effects, so the estimation needs the pair or directed_pair fixed effect"));
        }

        if (effects.Contains("pair") && effects.Contains("directed_pair"))
        {
            issues.Add(tree.Positions.ValueOf("/estimation/fixed_effects").Issue("experiment.pair-effects", "give one pair fixed effect, pair or directed_pair, not both"));
        }

        if (pairEffects && TreeValues.At(_root, "/estimation/international_only")?.GetValue<bool>() == true
            && TreeValues.String(_root, "/baseline_flows") != "observed")
        {
            issues.Add(tree.Positions.ValueOf("/estimation/international_only").Issue(
                "experiment.fitted-baseline",
                "pair effects estimated on international flows alone say nothing of costs relative to domestic sales, so they cannot give a fitted baseline: set baseline_flows: observed"));
        }

        if (TreeValues.At(_root, "/imbalances") is not null && (TreeValues.String(_root, "/solver") ?? "exact") != "ge_gravity")
        {
            issues.Add(tree.Positions.KeyOf("/imbalances").Issue(
                "experiment.imbalances", "imbalances choose the ge_gravity solver's closure; this file's solver is " + (TreeValues.String(_root, "/solver") ?? "exact (the default)")));
        }

        var count = (TreeValues.At(_root, "/counterfactual") as System.Text.Json.Nodes.JsonArray)?.Count ?? 0;
        for (var i = 0; i < count; i++)
        {
            var pointer = $"/counterfactual/{i}";
            if ((TreeValues.At(_root, pointer + "/value") is null) == (TreeValues.At(_root, pointer + "/from_year") is null))
            {
                issues.Add(tree.Positions.ValueOf(pointer).Issue("experiment.change", "a change needs exactly one of value and from_year"));
            }

            var covariate = TreeValues.String(_root, pointer + "/covariate")!;
            if (!estimated.Contains(covariate))
            {
                issues.Add(tree.Positions.ValueOf(pointer + "/covariate").Issue(
                    "experiment.unknown-covariate", $"'{covariate}' is not one of the estimation's covariates ({string.Join(", ", estimated)})"));
            }
        }
    }

    /// <summary>Rules that need the panel: countries, years and covariate values.</summary>
    public void CheckAgainst(GravityPanel panel, string dataPath, List<ScenarioIssue> issues)
    {
        var countries = panel.Countries().ToHashSet(StringComparer.Ordinal);
        var years = panel.Years().ToHashSet();
        var reference = TreeValues.String(_root, "/reference_country")!;
        if (!countries.Contains(reference))
        {
            issues.Add(tree.Positions.ValueOf("/reference_country").Issue("experiment.reference-absent", $"reference country {reference} is not in {dataPath}"));
        }

        foreach (var pointer in Items("/estimation/years").Prepend("/baseline_year").Concat(Items("/counterfactual").Select(p => p + "/from_year")))
        {
            if (TreeValues.Integer(_root, pointer) is { } year && !years.Contains((int)year))
            {
                issues.Add(tree.Positions.ValueOf(pointer).Issue("experiment.year-absent", $"year {year} is not in {dataPath} (it has {string.Join(", ", years.Order())})"));
            }
        }

        foreach (var (pointer, code) in Items("/counterfactual").SelectMany(p => TreeValues.Strings(_root, p + "/among")))
        {
            if (!countries.Contains(code))
            {
                issues.Add(tree.Positions.ValueOf(pointer).Issue("country.unknown", $"country {code} is not in {dataPath}"));
            }
        }

        foreach (var (pointer, covariate) in TreeValues.Strings(_root, "/estimation/covariates").Concat(TreeValues.Strings(_root, "/second_stage/covariates")))
        {
            if (covariate.StartsWith("ln_", StringComparison.Ordinal) && !panel.Columns.ContainsKey(covariate)
                && panel.Columns.TryGetValue(covariate[3..], out var raw) && raw.Any(v => !(v > 0)))
            {
                issues.Add(tree.Positions.ValueOf(pointer).Issue("experiment.log-of-nonpositive", $"{covariate}: column {covariate[3..]} has zero or negative values"));
            }
        }
    }

    private IEnumerable<string> Items(string pointer) =>
        Enumerable.Range(0, (TreeValues.At(_root, pointer) as System.Text.Json.Nodes.JsonArray)?.Count ?? 0).Select(i => $"{pointer}/{i}");
}
