namespace DigitalTrade.Model.Experiments;

/// <summary>
/// The covariates an experiment may name: a numeric column of the panel, <c>ln_&lt;column&gt;</c> for
/// its natural logarithm, or <c>intl_border</c> (1 when exporter ≠ importer).
/// </summary>
public static class Covariates
{
    /// <summary>The international-border indicator.</summary>
    public const string InternationalBorder = "intl_border";

    /// <summary>The column a covariate needs, or null for <see cref="InternationalBorder"/>.</summary>
    public static string? SourceColumn(string covariate, IReadOnlyCollection<string> columns) =>
        covariate == InternationalBorder ? null
        : columns.Contains(covariate) ? covariate
        : covariate.StartsWith("ln_", StringComparison.Ordinal) ? covariate[3..]
        : covariate;

    /// <summary>The covariate's value at one observation.</summary>
    public static double Value(GravityPanel panel, string covariate, int observation)
    {
        if (covariate == InternationalBorder)
        {
            return panel.Exporter[observation] == panel.Importer[observation] ? 0.0 : 1.0;
        }

        if (panel.Columns.TryGetValue(covariate, out var direct))
        {
            return direct[observation];
        }

        if (covariate.StartsWith("ln_", StringComparison.Ordinal) && panel.Columns.TryGetValue(covariate[3..], out var raw))
        {
            return Math.Log(raw[observation]);
        }

        throw new ArgumentException($"unknown covariate {covariate}: not a column, ln_<column> or {InternationalBorder}", nameof(covariate));
    }
}
