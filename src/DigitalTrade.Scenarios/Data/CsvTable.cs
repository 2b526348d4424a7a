using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace DigitalTrade.Scenarios.Data;

/// <summary>
/// A small CSV file read whole with CsvHelper, every field with its line and 1-based column in the file so
/// that problems can be reported where they are (CsvHelper's parser gives the raw record; the columns are
/// counted from it). Malformed quoting, missing required columns and rows with
/// a field count other than the header's are reported here; such rows are not returned.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string displayPath, IReadOnlyList<string> headers, List<CsvRecord> records)
    {
        DisplayPath = displayPath;
        Headers = headers;
        Records = records;
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            _columns.TryAdd(headers[i], i);
        }
    }

    public string DisplayPath { get; }

    public IReadOnlyList<string> Headers { get; }

    public IReadOnlyList<CsvRecord> Records { get; }

    public bool HasColumn(string name) => _columns.ContainsKey(name);

    /// <summary>The cell of a column in a record (the column must exist).</summary>
    public CsvCell Cell(CsvRecord record, string column) => record.Cells[_columns[column]];

    /// <summary>Reads a CSV file; null (with issues) when it cannot be read or lacks a required column.</summary>
    public static CsvTable? Read(string fullPath, string displayPath, IReadOnlyList<string> requiredColumns, SourcePosition referencedAt, List<ScenarioIssue> issues)
    {
        try
        {
            if (new FileInfo(fullPath).Length > ScenarioLimits.MaxDataFileBytes)
            {
                issues.Add(referencedAt.Issue(
                    "limit.data-file-size", $"'{displayPath}' is larger than {ScenarioLimits.MaxDataFileBytes / (1024 * 1024)} MiB, the most a data file may hold"));
                return null;
            }

            using var reader = new StreamReader(fullPath, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return ReadRecords(reader, displayPath, requiredColumns, issues);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            issues.Add(referencedAt.Issue("data.unreadable", $"cannot read '{displayPath}': {e.Message}"));
            return null;
        }
        catch (CsvHelperException e)
        {
            issues.Add(new ScenarioIssue(displayPath, 1, 1, "data.syntax", $"not a readable CSV file: {e.Message}"));
            return null;
        }
    }

    private static CsvTable? ReadRecords(TextReader text, string displayPath, IReadOnlyList<string> requiredColumns, List<ScenarioIssue> issues)
    {
        var malformedRows = new HashSet<int>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = ",",
            DetectDelimiter = false,
            IgnoreBlankLines = true,
            BadDataFound = bad =>
            {
                // Reported with the record (below), where its first line is known.
                malformedRows.Add(bad.Context.Parser!.RawRow);
            },
        };

        using var parser = new CsvParser(text, configuration);
        var headers = parser.Read() ? parser.Record ?? [] : [];
        var missing = requiredColumns.Where(c => !headers.Contains(c, StringComparer.Ordinal)).ToList();
        foreach (var column in missing)
        {
            issues.Add(new ScenarioIssue(displayPath, 1, 1, "data.missing-column", $"missing required column '{column}'"));
        }

        var records = new List<CsvRecord>();
        while (parser.Read())
        {
            var raw = parser.RawRecord.TrimEnd('\r', '\n');
            var line = parser.RawRow - raw.Count(c => c == '\n');
            var fields = parser.Record ?? [];
            if (malformedRows.Contains(parser.RawRow))
            {
                issues.Add(new ScenarioIssue(displayPath, line, 1, "data.syntax", "malformed CSV quoting: a quote inside an unquoted field, or text after a closing quote"));
                continue;
            }

            if (fields.Length != headers.Length)
            {
                issues.Add(new ScenarioIssue(displayPath, line, 1, "data.field-count", $"the row has {fields.Length} fields, the header has {headers.Length}"));
                continue;
            }

            var places = FieldPlaces(raw, line);
            var cells = new CsvCell[fields.Length];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = new CsvCell(headers[i], fields[i], new SourcePosition(displayPath, places[i].Line, places[i].Column));
            }

            records.Add(new CsvRecord(line, cells));
        }

        return missing.Count > 0 ? null : new CsvTable(displayPath, headers, records);
    }

    /// <summary>Line and column where each field of a raw record starts (quoted fields may span lines).</summary>
    private static List<(int Line, int Column)> FieldPlaces(string raw, int firstLine)
    {
        var places = new List<(int Line, int Column)> { (firstLine, 1) };
        var line = firstLine;
        var lineStart = 0;
        var quoted = false;
        for (var i = 0; i < raw.Length; i++)
        {
            switch (raw[i])
            {
                case '"':
                    quoted = !quoted;
                    break;
                case '\n':
                    line++;
                    lineStart = i + 1;
                    break;
                case ',' when !quoted:
                    places.Add((line, i + 2 - lineStart));
                    break;
            }
        }

        return places;
    }
}

/// <summary>One data row of a CSV file.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<CsvCell> Cells);

/// <summary>One field: its column name, text and where it starts.</summary>
internal readonly record struct CsvCell(string Column, string Text, SourcePosition At)
{
    public bool IsEmpty => Text.Trim().Length == 0;

    public ScenarioIssue Issue(string rule, string message) => At.Issue(rule, message);
}
