using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using DigitalTrade.Model.Calibration;

namespace DigitalTrade.Outputs;

/// <summary>Writes baseline_fit.csv: round 0 against the observations (docs/model.md, "The fit of round 0").</summary>
public static class BaselineFitWriter
{
    /// <summary>The file name.</summary>
    public const string FileName = "baseline_fit.csv";

    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture) { NewLine = "\n" };

    /// <summary>Writes the rows, in their order, into <paramref name="directory"/>; answers how many.</summary>
    public static long Write(string directory, IReadOnlyCollection<FitRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new StreamWriter(Path.Combine(directory, FileName), append: false, new System.Text.UTF8Encoding(false));
        using var csv = new CsvWriter(stream, Configuration);
        csv.Context.TypeConverterOptionsCache.GetOptions<double>().Formats = ["R"];
        csv.Context.RegisterClassMap<FitRowMap>();
        csv.WriteRecords(rows);
        return rows.Count;
    }
}
