using System.Collections.Immutable;
using System.Text.Json.Nodes;
using DigitalTrade.Model.Equilibrium;
using DigitalTrade.Model.Experiments;
using DigitalTrade.Scenarios.Yaml;

namespace DigitalTrade.Scenarios.Experiments;

/// <summary>Maps an experiment tree that passed the schema to the model's <see cref="GeExperiment"/>.</summary>
internal static class GeExperimentMapper
{
    /// <summary>The solver names of files and of --solver.</summary>
    public static IReadOnlyList<string> Solvers { get; } = ["exact", "agtpa", "ge_gravity"];

    /// <summary>The imbalance closures of ge_gravity, as files and --imbalances name them.</summary>
    public static IReadOnlyList<string> Imbalances { get; } = ["additive", "multiplicative"];

    /// <summary>The column names; the pair id is null when the file has none and the experiment names none.</summary>
    public static PanelColumns Columns(JsonNode root, IReadOnlySet<string> header) => new(
        TreeValues.String(root, "/data/columns/exporter") ?? "exporter",
        TreeValues.String(root, "/data/columns/importer") ?? "importer",
        TreeValues.String(root, "/data/columns/year") ?? "year",
        TreeValues.String(root, "/data/columns/flow") ?? "trade",
        TreeValues.String(root, "/data/columns/pair_id") ?? (header.Contains("pair_id") ? "pair_id" : null));

    /// <summary>The solver that runs: --solver, else the file's, else exact.</summary>
    public static string SolverName(JsonNode root, string? solverOverride) => solverOverride ?? TreeValues.String(root, "/solver") ?? "exact";

    public static ImmutableArray<string> Covariates(JsonNode root, string pointer) =>
        [.. TreeValues.Strings(root, pointer).Select(x => x.Value)];

    public static GeExperiment Map(JsonNode root, string? solverOverride, string? imbalancesOverride)
    {
        var sigma = TreeValues.Number(root, "/sigma") ?? (TreeValues.Number(root, "/theta")!.Value + 1.0);
        var baselineYear = (int)TreeValues.Integer(root, "/baseline_year")!.Value;
        var years = Integers(root, "/estimation/years");
        var estimation = new EstimationSpec(
            years.IsEmpty ? [baselineYear] : years,
            [.. TreeValues.Strings(root, "/estimation/fixed_effects").Select(x => FixedEffect(x.Value))],
            Covariates(root, "/estimation/covariates"),
            TreeValues.At(root, "/estimation/international_only")?.GetValue<bool>() ?? false,
            Cluster(TreeValues.String(root, "/estimation/cluster")));
        var secondStage = TreeValues.At(root, "/second_stage") is null
            ? null
            : new SecondStageSpec(Covariates(root, "/second_stage/covariates"), Cluster(TreeValues.String(root, "/second_stage/cluster")));
        var changes = (TreeValues.At(root, "/counterfactual") as JsonArray ?? []).Select((_, i) => new CovariateChange(
            TreeValues.String(root, $"/counterfactual/{i}/covariate")!,
            TreeValues.Number(root, $"/counterfactual/{i}/value"),
            (int?)TreeValues.Integer(root, $"/counterfactual/{i}/from_year"),
            [.. TreeValues.Strings(root, $"/counterfactual/{i}/among").Select(x => x.Value)]));
        var solver = SolverName(root, solverOverride) switch
        {
            "agtpa" => GeSolver.Agtpa,
            "ge_gravity" => GeSolver.GeGravity,
            _ => GeSolver.Exact,
        };
        var imbalances = (imbalancesOverride ?? TreeValues.String(root, "/imbalances")) == "multiplicative"
            ? ImbalanceClosure.Multiplicative
            : ImbalanceClosure.Additive;
        var baseline = TreeValues.String(root, "/baseline_flows") == "observed" ? GeBaseline.Observed : GeBaseline.Fitted;
        return new GeExperiment(
            TreeValues.String(root, "/name")!,
            TreeValues.String(root, "/description") ?? "",
            sigma,
            TreeValues.String(root, "/reference_country")!,
            baselineYear,
            estimation,
            secondStage,
            [.. changes],
            solver,
            imbalances,
            baseline);
    }

    private static ImmutableArray<int> Integers(JsonNode root, string pointer) =>
        TreeValues.At(root, pointer) is JsonArray list ? [.. list.Select(n => (int)TreeValues.Number(n)!.Value)] : [];

    private static FixedEffectKind FixedEffect(string name) => name switch
    {
        "exporter" => FixedEffectKind.Exporter,
        "importer" => FixedEffectKind.Importer,
        "exporter_year" => FixedEffectKind.ExporterYear,
        "importer_year" => FixedEffectKind.ImporterYear,
        "directed_pair" => FixedEffectKind.DirectedPair,
        _ => FixedEffectKind.Pair,
    };

    private static ClusterKind? Cluster(string? name) => name switch
    {
        "pair" => ClusterKind.Pair,
        "directed_pair" => ClusterKind.DirectedPair,
        "exporter" => ClusterKind.Exporter,
        "importer" => ClusterKind.Importer,
        _ => null,
    };
}
