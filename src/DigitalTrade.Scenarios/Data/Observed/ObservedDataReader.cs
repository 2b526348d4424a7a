using System.Collections.Immutable;
using System.Globalization;
using DigitalTrade.Model.Calibration;

namespace DigitalTrade.Scenarios.Data.Observed;

/// <summary>
/// Reads the observed-baseline data of a folder such as scenarios/data/observed (its README.md names every
/// file's publisher, dataset and licence): the DOTS goods matrices (<c>goods_matrix_&lt;year&gt;_usd_mn.csv</c>)
/// with their IMF estimate flags, the WDI series, UNCTAD digital services and the world totals. Problems are
/// reported like every other data error (file, line, column, rule), all at once. The recent pair figures,
/// the fit table's hold-out, are read on their own by <see cref="ReadHoldOut"/>.
/// </summary>
public static class ObservedDataReader
{
    /// <summary>The DOTS long file that holds the IMF estimate flags.</summary>
    public const string DotsLongFile = "goods_exports_dots_long.csv";

    /// <summary>The WDI long file.</summary>
    public const string WdiFile = "macro_trade_wdi_long.csv";

    /// <summary>UNCTAD digitally deliverable services.</summary>
    public const string DigitalServicesFile = "services_digitally_deliverable_unctad.csv";

    /// <summary>World totals.</summary>
    public const string WorldFile = "world_aggregates.csv";

    /// <summary>The hold-out: recent official pair figures from news pages.</summary>
    public const string HoldOutFile = "recent_pairs_from_pages.csv";

    private const string MatrixPrefix = "goods_matrix_";
    private const string MatrixSuffix = "_usd_mn.csv";

    /// <summary>
    /// Reads the folder; null (with issues) when any file is missing or has an error. Issues name files as
    /// <paramref name="displayFolder"/> joined with the file name.
    /// </summary>
    public static ObservedData? Read(string folder, string displayFolder, List<ScenarioIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        var before = issues.Count;
        var flags = Existing(folder, displayFolder, DotsLongFile, issues) is { } f ? DotsFlagReader.Read(f.Full, f.Display, issues) : null;
        var wdi = Existing(folder, displayFolder, WdiFile, issues) is { } w ? WdiReader.Read(w.Full, w.Display, issues) : null;
        var digital = Existing(folder, displayFolder, DigitalServicesFile, issues) is { } d ? DigitalServicesReader.Read(d.Full, d.Display, issues) : null;
        var world = Existing(folder, displayFolder, WorldFile, issues) is { } t ? WorldAggregatesReader.Read(t.Full, t.Display, issues) : null;
        var matrices = ImmutableArray.CreateBuilder<GoodsMatrix>();
        foreach (var (year, file) in MatrixFiles(folder))
        {
            var display = Path.Join(displayFolder, file).Replace('\\', '/');
            if (flags is not null && GoodsMatrixReader.Read(Path.Combine(folder, file), display, year, flags, issues) is { } matrix)
            {
                matrices.Add(matrix);
            }
        }

        if (matrices.Count == 0 && issues.Count == before)
        {
            issues.Add(new ScenarioIssue(displayFolder, 1, 1, "data.not-found", $"no {MatrixPrefix}<year>{MatrixSuffix} goods matrix in '{displayFolder}'"));
        }

        if (issues.Count > before || wdi is null || digital is null || world is null)
        {
            return null;
        }

        return new ObservedData(
            matrices.ToImmutable(), wdi.Gdp, wdi.GoodsServicesExports, wdi.GoodsServicesImports, wdi.MerchandiseExports, wdi.MerchandiseImports,
            digital.Value.Exports, digital.Value.Imports, world);
    }

    /// <summary>Reads the hold-out file of the folder; null (with issues) when it is missing or has an error.</summary>
    public static ImmutableArray<RecentPairFigure>? ReadHoldOut(string folder, string displayFolder, List<ScenarioIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        return Existing(folder, displayFolder, HoldOutFile, issues) is { } h ? RecentPairsReader.Read(h.Full, h.Display, issues) : null;
    }

    private static (string Full, string Display)? Existing(string folder, string displayFolder, string file, List<ScenarioIssue> issues)
    {
        var display = Path.Join(displayFolder, file).Replace('\\', '/');
        var full = Path.Combine(folder, file);
        if (File.Exists(full))
        {
            return (full, display);
        }

        issues.Add(new ScenarioIssue(display, 1, 1, "data.not-found", $"data file '{display}' not found"));
        return null;
    }

    /// <summary>The matrix files with their years, in year order.</summary>
    private static IEnumerable<(int Year, string File)> MatrixFiles(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, $"{MatrixPrefix}*{MatrixSuffix}")
            .Select(Path.GetFileName)
            .Select(name => (Name: name!, Year: name![MatrixPrefix.Length..^MatrixSuffix.Length]))
            .Where(f => f.Year.Length == 4 && f.Year.All(char.IsAsciiDigit))
            .Select(f => (int.Parse(f.Year, CultureInfo.InvariantCulture), f.Name))
            .OrderBy(f => f.Item1);
    }
}
