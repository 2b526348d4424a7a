using System.Globalization;
using System.Text.Json;
using CsvHelper;
using CsvHelper.Configuration;
using DigitalTrade.Model.Experiments;

namespace DigitalTrade.Outputs;

/// <summary>
/// Writes a GE experiment's outputs into a folder: countries.csv, coefficients.csv, pairs.csv and
/// diagnostics.json, with the same number formatting as the simulator's tables.
/// </summary>
public static class GeResultWriter
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture) { NewLine = "\n" };

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file, not HTML: keep § and é readable
    };

    /// <summary>The files written, in order.</summary>
    public static IReadOnlyList<string> Files { get; } = ["countries.csv", "coefficients.csv", "pairs.csv", "diagnostics.json"];

    /// <summary>Writes every file of the result into <paramref name="folder"/>.</summary>
    public static void Write(string folder, GeExperimentResult result, object? runInfo = null)
    {
        WriteTable<CountryGeChange, CountryGeChangeMap>(Path.Combine(folder, "countries.csv"), result.Countries);
        WriteTable<CoefficientEstimate, CoefficientEstimateMap>(Path.Combine(folder, "coefficients.csv"), result.Coefficients);
        WriteTable<PairGeFlow, PairGeFlowMap>(Path.Combine(folder, "pairs.csv"), result.Pairs);
        var diagnostics = new { run = runInfo, result.Diagnostics };
        File.WriteAllText(Path.Combine(folder, "diagnostics.json"), JsonSerializer.Serialize(diagnostics, Json) + "\n");
    }

    private static void WriteTable<TRow, TMap>(string path, IEnumerable<TRow> rows)
        where TMap : ClassMap<TRow>
    {
        using var stream = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        using var csv = new CsvWriter(stream, Configuration);
        csv.Context.TypeConverterOptionsCache.GetOptions<double>().Formats = ["R"];
        csv.Context.RegisterClassMap<TMap>();
        csv.WriteRecords(rows);
    }
}
