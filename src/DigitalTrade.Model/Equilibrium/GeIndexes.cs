using System.Collections.Immutable;

namespace DigitalTrade.Model.Equilibrium;

/// <summary>
/// The reporting step (gravity-methods.md §6): per-country percent changes from baseline to
/// counterfactual, the same table whichever solver produced the ratios.
/// </summary>
public static class GeIndexes
{
    /// <summary>The report's column names, in the order of <see cref="CountryChange"/>'s percent fields.</summary>
    public static ImmutableArray<string> Columns { get; } =
    [
        "exports_cdl_pct", "exports_full_pct", "price_full_pct", "imr_cdl_pct",
        "imr_full_pct", "omr_cdl_pct", "omr_full_pct", "real_gdp_full_pct", "welfare_pct",
    ];

    /// <summary>100·(ratio − 1) for every country and index.</summary>
    public static ImmutableArray<CountryChange> PercentChanges(GeChangeRatios ratios)
    {
        var n = ratios.Price.Length;
        var rows = ImmutableArray.CreateBuilder<CountryChange>(n);
        for (var i = 0; i < n; i++)
        {
            rows.Add(new CountryChange(
                i,
                Percent(ratios.ExportsConditional[i]),
                Percent(ratios.ExportsFull[i]),
                Percent(ratios.Price[i]),
                Percent(ratios.InwardResistanceConditional[i]),
                Percent(ratios.InwardResistanceFull[i]),
                Percent(ratios.OutwardResistanceConditional[i]),
                Percent(ratios.OutwardResistanceFull[i]),
                Percent(ratios.RealGdpFull[i]),
                Percent(ratios.Welfare[i])));
        }

        return rows.MoveToImmutable();
    }

    /// <summary>The report of the exact solver (conditional RAS and hat-algebra full endowment).</summary>
    public static ImmutableArray<CountryChange> PercentChanges(ExactCounterfactualResult result) => PercentChanges(result.Ratios);

    /// <summary>The report of the book's iterative procedure.</summary>
    public static ImmutableArray<CountryChange> PercentChanges(AgtpaResult result) => PercentChanges(result.Ratios);

    /// <summary>The report of ge_gravity (conditional RAS and Zylkin's fixed point).</summary>
    public static ImmutableArray<CountryChange> PercentChanges(GeGravityCounterfactualResult result) => PercentChanges(result.Ratios);

    private static double Percent(double ratio) => 100.0 * (ratio - 1.0);
}
