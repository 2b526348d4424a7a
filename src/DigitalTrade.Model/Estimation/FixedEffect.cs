namespace DigitalTrade.Model.Estimation;

/// <summary>
/// One dimension of fixed effects (exporter, importer×year, pair, …): the group of every
/// observation, numbered 0..G−1. <paramref name="ReferenceGroups"/> are the groups whose
/// recovered effect is normalised to 0 (e.g. importer DEU, or DEU in each year, or the group
/// shared by all domestic pairs); they do not change the fit, only how the effects are reported.
/// </summary>
/// <param name="Name">Name used in reports and error messages.</param>
/// <param name="Groups">Group id of each observation, 0..G−1.</param>
/// <param name="ReferenceGroups">Groups whose effect is reported as exactly 0; none if null.</param>
public sealed record FixedEffect(string Name, int[] Groups, IReadOnlyList<int>? ReferenceGroups = null)
{
    /// <summary>A dimension with a single reference group.</summary>
    public FixedEffect(string name, int[] groups, int referenceGroup)
        : this(name, groups, [referenceGroup])
    {
    }

    /// <summary>Number of groups: one more than the largest id.</summary>
    public int GroupCount => Groups.Length == 0 ? 0 : Groups.Max() + 1;
}
