using DigitalTrade.Model.Metrics;

namespace DigitalTrade.Server.Runs;

/// <summary>
/// Estimates the memory round reports take from their row counts (each row's object, its fields and the short strings
/// it holds), for the report cache's budget. An estimate, not a measurement: strings shared between rows count each time.
/// </summary>
public static class ReportSize
{
    private const long Report = 360;        // the report, its arrays and its world row
    private const long Country = 176;       // 13 numbers, the round and the ISO3 code
    private const long CountrySector = 184;
    private const long Pair = 192;          // exporter, importer and sector
    private const long Event = 240;         // kind, subject and a sentence of detail
    private const long Dispute = 450;       // nine short strings
    private const long DisputeStage = 128;

    /// <summary>The estimated bytes of one report.</summary>
    public static long Of(RoundReport report) =>
        Report
        + (report.Countries.Length * Country)
        + (report.CountrySectors.Length * CountrySector)
        + (report.Pairs.Length * Pair)
        + (report.Events.Length * Event)
        + (report.Disputes.Length * Dispute)
        + (report.DisputeStages.Length * DisputeStage);

    /// <summary>The estimated bytes of several reports.</summary>
    public static long Of(IEnumerable<RoundReport> reports) => reports.Sum(Of);
}
