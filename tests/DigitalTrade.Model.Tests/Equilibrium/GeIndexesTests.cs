using DigitalTrade.Model.Equilibrium;

namespace DigitalTrade.Model.Tests.Equilibrium;

/// <summary>The §6 report: percent changes from baseline to counterfactual, and the book's NAFTA convention.</summary>
public sealed class GeIndexesTests
{
    private static GeChangeRatios Ratios(double value) =>
        new([value], [value], [value], [value], [value], [value], [value], [value], [value]);

    [Fact]
    public void Percent_changes_are_one_hundred_times_ratio_minus_one_in_every_column()
    {
        var row = GeIndexes.PercentChanges(Ratios(1.25)).Single();

        Assert.All(GeAssert.Columns(row), v => Assert.Equal(25.0, v, 12));
        Assert.Equal(0, row.Country);
        Assert.Equal(9, GeIndexes.Columns.Length);
    }

    [Fact]
    public void The_book_nafta_convention_inverts_ratios_and_negates_the_price()
    {
        // Removal: exports ×0.8, price p̂ = 0.98. Effect of NAFTA: exports 100(1/0.8 − 1) = 25,
        // price 100(1 − p̂) = 2 (the do-file's formula, not 100(1/p̂ − 1)).
        var removal = new CountryChange(3, -20.0, -20.0, -2.0, -20.0, -20.0, -20.0, -20.0, -20.0, -20.0);

        var effect = removal.AsEffectOfBaseline();

        Assert.Equal(3, effect.Country);
        Assert.Equal(2.0, effect.PriceFullPct, 12);
        foreach (var v in new[] { effect.ExportsCdlPct, effect.ExportsFullPct, effect.ImrCdlPct, effect.ImrFullPct, effect.OmrCdlPct, effect.OmrFullPct, effect.RealGdpFullPct, effect.WelfarePct })
        {
            Assert.Equal(25.0, v, 12);
        }
    }
}
