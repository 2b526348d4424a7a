using DigitalTrade.Model.Estimation;

namespace DigitalTrade.Model.Tests.Estimation;

/// <summary>
/// AGTPA chapter 2, application 1 ("trade without borders", 2006, 4,761 flows including domestic):
/// <c>ppml trade EXPORTER_FE* IMPORTER_FE1-IMPORTER_FE68 ln_DIST CNTG INTL_BRDR, noconst</c>, DEU the
/// omitted importer. Published: TradeWithoutBorder.log in pachadotdev/tradepolicy
/// (00-application-files/Chapter2/Applications/1_TradeWithoutBorder/Results), "Semirobust" column.
/// </summary>
public sealed class TradeWithoutBordersEstimationTests
{
    private static readonly Lazy<(PpmlResult Result, string[] Countries)> Estimate = new(Fit);

    [Fact]
    public void Border_distance_and_contiguity_estimates_match_the_published_log_to_the_printed_digits()
    {
        var r = Estimate.Value.Result;

        Printed.Equal(-0.7912879, 7, r.Coefficient("ln_DIST"), "ln_DIST");
        Printed.Equal(0.0501494, 7, r.StandardError("ln_DIST"), "ln_DIST s.e.");
        Printed.Equal(0.6736456, 7, r.Coefficient("CNTG"), "CNTG");
        Printed.Equal(0.1073719, 7, r.StandardError("CNTG"), "CNTG s.e.");
        Printed.Equal(-2.47445, 5, r.Coefficient("INTL_BRDR"), "INTL_BRDR");
        Printed.Equal(0.1193816, 7, r.StandardError("INTL_BRDR"), "INTL_BRDR s.e.");
        Assert.Equal(StandardErrorKind.Robust, r.StandardErrorKind);
    }

    [Fact]
    public void All_4761_flows_are_kept_and_the_deviance_matches_the_published_log()
    {
        var r = Estimate.Value.Result;

        Assert.Equal(4761, r.KeptCount);
        Assert.Empty(r.DroppedObservations);
        Assert.Empty(r.Singletons);
        Printed.Equal(4542202, 0, r.Deviance, "deviance");
        Assert.InRange(r.Iterations, 5, 30);
        Assert.True(r.RelativeDevianceChange < PpmlOptions.Default.Tolerance);
        Assert.True(r.MaxCoefficientChange < 1e-6, $"last step moved β by {r.MaxCoefficientChange:G3}");
    }

    [Fact]
    public void Exporter_and_importer_effects_with_germany_as_reference_importer_match_the_published_dummies()
    {
        var (r, countries) = Estimate.Value;
        var exporter = r.Effects("exporter");
        var importer = r.Effects("importer");
        var arg = Array.IndexOf(countries, "ARG");
        var deu = Array.IndexOf(countries, "DEU");

        // Stata renames DEU to ZZZ, so EXPORTER_FE1 is ARG and EXPORTER_FE69 is DEU.
        Printed.Equal(16.60491, 5, exporter.Values[arg], "EXPORTER_FE1 (ARG)");
        Printed.Equal(18.59357, 5, exporter.Values[deu], "EXPORTER_FE69 (DEU)");
        Printed.Equal(-1.514718, 6, importer.Values[arg], "IMPORTER_FE1 (ARG)");
        Assert.Equal(0.0, importer.Values[deu]);
    }

    private static (PpmlResult, string[]) Fit()
    {
        var data = AgtpaData.All;
        var rows = data.RowsOf(2006);
        var (exporters, countries) = AgtpaData.Groups(AgtpaData.At(data.Exporter, rows));
        var (importers, _) = AgtpaData.Groups(AgtpaData.At(data.Importer, rows));
        var deu = Array.IndexOf(countries, "DEU");
        var problem = new PpmlProblem(
            AgtpaData.At(data.Trade, rows),
            ["ln_DIST", "CNTG", "INTL_BRDR"],
            [
                [.. rows.Select(i => Math.Log(data.Dist[i]))],
                AgtpaData.At(data.Cntg, rows),
                [.. rows.Select(i => data.Exporter[i] == data.Importer[i] ? 0.0 : 1.0)],
            ],
            null,
            [new FixedEffect("exporter", exporters), new FixedEffect("importer", importers, deu)]);
        return (Ppml.Fit(problem), countries);
    }
}
