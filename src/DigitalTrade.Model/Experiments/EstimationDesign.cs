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
                // Group 0 is every domestic pair together; international pairs follow by pair id.
                return new FixedEffect(
                    "pair",
                    [.. sample.Select(o => panel.Exporter[o] == panel.Importer[o] ? 0 : 1 + index.Pair(panel.PairId[o]))],
                    0);
        }
    }
}
