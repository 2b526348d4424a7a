namespace DigitalTrade.Model.Calibration;

/// <summary>
/// One row of the observed baseline's fit table: an observed flow beside the baseline's value. Totals have
/// <c>WLD</c> as the partner; <see cref="Role"/> tells calibration targets from the hold-out.
/// </summary>
/// <param name="Exporter">ISO3 code (or <c>WLD</c> for a country's imports from the world).</param>
/// <param name="Importer">ISO3 code (or <c>WLD</c> for a country's exports to the world).</param>
/// <param name="Sector"><c>goods</c>, <c>digital</c>, <c>other_services</c> or <c>all</c>.</param>
/// <param name="Flow"><c>a_to_b</c> (exporter to importer) or <c>turnover</c> (both ways).</param>
/// <param name="Year">The calendar year of the observation.</param>
/// <param name="Period">The source's own period text.</param>
/// <param name="ObservedUsdBn">The observation.</param>
/// <param name="ModelUsdBn">The baseline's value (of the baseline year).</param>
/// <param name="Source">Publisher and dataset, or the reporter and page of a hold-out figure.</param>
/// <param name="Role"><c>calibration</c> (a flow the baseline was fitted to) or <c>hold_out</c>.</param>
public sealed record FitRow(
    string Exporter,
    string Importer,
    string Sector,
    string Flow,
    int Year,
    string Period,
    double ObservedUsdBn,
    double ModelUsdBn,
    string Source,
    string Role);
