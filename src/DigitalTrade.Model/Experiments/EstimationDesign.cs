using DigitalTrade.Model.Estimation;

namespace DigitalTrade.Model.Experiments;

/// <summary>
/// Turns an experiment's estimation spec into a PPML problem on a panel: the sample, the fixed-effect
/// groups (the reference country's importer effects are the normalised ones; all domestic pairs share
/// one pair effect, the omitted category), the covariates and the clusters.
/// </summary>
public static class EstimationDesign
{
    /// <summary>The observations in the estimation sample, in panel order.</summary>
    public static int[] Sample(GravityPanel panel, EstimationSpec spec)
    {
        var years = spec.Years.ToHashSet();
        return [.. Enumerable.Range(0, panel.Count).Where(o =>
            years.Contains(panel.Year[o]) && (!spec.InternationalOnly || panel.Exporter[o] != panel.Importer[o]))];
    }

    /// <summary>The first-stage problem on the given observations.</summary>
    public static PpmlProblem Problem(GravityPanel panel, int[] sample, EstimationSpec spec, string reference, PanelIndex index)
    {
        var effects = spec.FixedEffects.Select(kind => Effect(panel, sample, kind, reference, index)).ToList();
        var covariates = spec.Covariates.Select(c => sample.Select(o => Covariates.Value(panel, c, o)).ToArray()).ToArray();
        return new PpmlProblem(
            [.. sample.Select(o => panel.Flow[o])], spec.Covariates, covariates, null, effects, Clusters(panel, sample, spec.Cluster, index));
    }

    /// <summary>Cluster ids of the sample for a grouping, or null for robust standard errors.</summary>
    public static int[]? Clusters(GravityPanel panel, int[] sample, ClusterKind? cluster, PanelIndex index) => cluster switch
    {
        ClusterKind.Pair => [.. sample.Select(o => index.Pair(panel.PairId[o]))],
        ClusterKind.DirectedPair => [.. sample.Select(o => (index.Country(panel.Exporter[o]) * index.Countries.Length) + index.Country(panel.Importer[o]))],
        ClusterKind.Exporter => [.. sample.Select(o => index.Country(panel.Exporter[o]))],
        ClusterKind.Importer => [.. sample.Select(o => index.Country(panel.Importer[o]))],
        _ => null,
    };

    private static FixedEffect Effect(GravityPanel panel, int[] sample, FixedEffectKind kind, string reference, PanelIndex index)
    {
        var n = index.Countries.Length;
        var referenceIndex = index.Country(reference);
        switch (kind)
        {
            case FixedEffectKind.Exporter:
                return new FixedEffect("exporter", [.. sample.Select(o => index.Country(panel.Exporter[o]))]);
            case FixedEffectKind.Importer:
                return new FixedEffect("importer", [.. sample.Select(o => index.Country(panel.Importer[o]))], referenceIndex);
            case FixedEffectKind.ExporterYear:
                return new FixedEffect("exporter_year", [.. sample.Select(o => (index.Year(panel.Year[o]) * n) + index.Country(panel.Exporter[o]))]);
            case FixedEffectKind.ImporterYear:
                return new FixedEffect(
                    "importer_year",
                    [.. sample.Select(o => (index.Year(panel.Year[o]) * n) + index.Country(panel.Importer[o]))],
                    [.. sample.Select(o => index.Year(panel.Year[o])).Distinct().Order().Select(y => (y * n) + referenceIndex)]);
            default:
                // Group 0 is every domestic pair together, the omitted category; international pairs
                // follow. Without a domestic flow in the sample there is nothing to omit.
                var directed = kind == FixedEffectKind.DirectedPair;
                var hasDomestic = sample.Any(o => panel.Exporter[o] == panel.Importer[o]);
                return new FixedEffect(
                    directed ? "directed_pair" : "pair",
                    [.. sample.Select(o => PairGroup(panel, index, o, directed))],
                    hasDomestic ? [0] : null);
        }
    }

    /// <summary>
    /// The pair fixed-effect group of an observation: 0 for every domestic pair, otherwise 1 + the
    /// symmetric pair's index, or 1 + exporter·n + importer for directed pairs.
    /// </summary>
    public static int PairGroup(GravityPanel panel, PanelIndex index, int observation, bool directed)
    {
        if (panel.Exporter[observation] == panel.Importer[observation])
        {
            return 0;
        }

        return 1 + (directed
            ? (index.Country(panel.Exporter[observation]) * index.Countries.Length) + index.Country(panel.Importer[observation])
            : index.Pair(panel.PairId[observation]));
    }
}
