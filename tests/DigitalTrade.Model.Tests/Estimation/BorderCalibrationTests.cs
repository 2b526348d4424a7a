using DigitalTrade.Model.Estimation;

namespace DigitalTrade.Model.Tests.Estimation;

/// <summary>
/// The simulator's default border coefficient (docs/parameters.md, "The border term"): with the
/// second-stage AGTPA distance, contiguity and language coefficients fixed as an offset on
/// international pairs, relative to the reference distance 182.2 km, PPML with exporter and importer
/// effects on the 2006 cross-section gives the border coefficient.
/// </summary>
public sealed class BorderCalibrationTests
{
    [Fact]
    public void Border_coefficient_of_the_simulator_is_re_derived_from_the_2006_data()
    {
        var data = AgtpaData.All;
        var rows = data.RowsOf(2006);
        var (exporters, countries) = AgtpaData.Groups(AgtpaData.At(data.Exporter, rows));
        var (importers, _) = AgtpaData.Groups(AgtpaData.At(data.Importer, rows));
        var international = rows.Select(i => data.Exporter[i] != data.Importer[i]).ToArray();
        var offset = rows.Select((row, n) => international[n]
            ? (-0.85 * Math.Log(data.Dist[row] / 182.2)) + (0.29 * data.Cntg[row]) + (0.36 * data.Lang[row])
            : 0.0).ToArray();
        var problem = new PpmlProblem(
            AgtpaData.At(data.Trade, rows),
            ["INTL_BRDR"],
            [[.. international.Select(x => x ? 1.0 : 0.0)]],
            offset,
            [new FixedEffect("exporter", exporters), new FixedEffect("importer", importers, Array.IndexOf(countries, "DEU"))]);

        var result = Ppml.Fit(problem);

        Assert.Empty(result.DroppedObservations);
        Printed.Equal(-1.745, 3, result.Coefficient("INTL_BRDR"), "INTL_BRDR");
    }
}
