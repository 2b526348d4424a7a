using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Metrics;

namespace DigitalTrade.Outputs;

/// <summary>
/// Streams round reports into the tidy CSV tables of a run folder as rounds complete:
/// invariant culture, shortest round-trip numbers, rows in canonical order, LF line ends.
/// </summary>
public sealed class RunTableWriter : IDisposable
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture) { NewLine = "\n" };

    private readonly Dictionary<string, CsvWriter> _writers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _rows = new(StringComparer.Ordinal);
    private System.Collections.Immutable.ImmutableArray<DisputeRow> _disputes = [];
    private bool _finished;

    /// <summary>Creates the selected tables in <paramref name="directory"/> and writes their headers.</summary>
    public RunTableWriter(string directory, IEnumerable<string> tables)
    {
        foreach (var table in OutputTables.All.Intersect(tables, StringComparer.Ordinal))
        {
            var stream = new StreamWriter(Path.Combine(directory, OutputTables.FileName(table)), append: false, new System.Text.UTF8Encoding(false));
            var csv = new CsvWriter(stream, Configuration);
            var doubles = csv.Context.TypeConverterOptionsCache.GetOptions<double>();
            doubles.Formats = ["R"];
            switch (table)
            {
                case OutputTables.Countries:
                    csv.Context.RegisterClassMap<CountryRowMap>();
                    csv.WriteHeader<CountryRow>();
                    break;
                case OutputTables.CountrySectors:
                    csv.Context.RegisterClassMap<CountrySectorRowMap>();
                    csv.WriteHeader<CountrySectorRow>();
                    break;
                case OutputTables.Pairs:
                    csv.Context.RegisterClassMap<PairRowMap>();
                    csv.WriteHeader<PairRow>();
                    break;
                case OutputTables.World:
                    csv.Context.RegisterClassMap<WorldRowMap>();
                    csv.WriteHeader<WorldRow>();
                    break;
                case OutputTables.Disputes:
                    csv.Context.RegisterClassMap<DisputeRowMap>();
                    csv.WriteHeader<DisputeRow>();
                    break;
                case OutputTables.DisputeStages:
                    csv.Context.RegisterClassMap<DisputeStageRowMap>();
                    csv.WriteHeader<DisputeStageRow>();
                    break;
                default:
                    csv.Context.RegisterClassMap<EventRecordMap>();
                    csv.WriteHeader<DigitalTrade.Model.Events.EventRecord>();
                    break;
            }

            csv.NextRecord();
            _writers[table] = csv;
            _rows[table] = 0;
        }
    }

    /// <summary>Rows written so far per table.</summary>
    public IReadOnlyDictionary<string, long> RowCounts => _rows;

    /// <summary>Appends one round's rows to every table.</summary>
    public void Write(RoundReport report)
    {
        WriteRows(OutputTables.Countries, report.Countries);
        WriteRows(OutputTables.CountrySectors, report.CountrySectors);
        WriteRows(OutputTables.Pairs, report.Pairs);
        WriteRows(OutputTables.World, [report.World]);
        WriteRows(OutputTables.Events, report.Events);
        WriteRows(OutputTables.DisputeStages, report.DisputeStages);
        _disputes = report.Disputes; // disputes.csv holds the last round's view of every dispute
    }

    /// <summary>
    /// Writes the tables that summarise the whole run (disputes.csv, from the last round written) and flushes.
    /// Call once after the last round; disposing calls it if nobody did.
    /// </summary>
    public void Finish()
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        WriteRows(OutputTables.Disputes, _disputes);
        Flush();
    }

    /// <summary>Flushes every table to disk.</summary>
    public void Flush()
    {
        foreach (var writer in _writers.Values)
        {
            writer.Flush();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_writers.Count > 0)
        {
            Finish();
        }

        foreach (var writer in _writers.Values)
        {
            writer.Dispose();
        }

        _writers.Clear();
    }

    private void WriteRows<T>(string table, IEnumerable<T> rows)
    {
        if (!_writers.TryGetValue(table, out var csv))
        {
            return;
        }

        foreach (var row in rows)
        {
            csv.WriteRecord(row);
            csv.NextRecord();
            _rows[table]++;
        }
    }
}
