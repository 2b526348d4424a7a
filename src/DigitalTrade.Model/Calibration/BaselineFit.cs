using System.Collections.Immutable;
using System.Globalization;

namespace DigitalTrade.Model.Calibration;

/// <summary>
/// The fit table of the observed baseline (docs/model.md, "The observed baseline", fit): the DOTS cells of
/// the pattern year and the WDI/WTO/UNCTAD totals it was fitted to, then the recent official pair figures
/// it never saw, each beside the baseline's value.
/// </summary>
public static class BaselineFit
{
    /// <summary>The calibration role.</summary>
    public const string Calibration = "calibration";

    /// <summary>The hold-out role.</summary>
    public const string HoldOut = "hold_out";

    /// <summary>The role of a row that flags a region whose flows gravity filled: it has no observation.</summary>
    public const string GravityFilled = "gravity_filled";

    /// <summary>The rows, in a fixed order: DOTS cells (exporter, importer), totals (country, sector), then the hold-out in its order.</summary>
    public static ImmutableArray<FitRow> Rows(ObservedBaseline baseline, ObservedData data, IReadOnlyList<RecentPairFigure> holdOut, ObservedBaselineOptions options)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var countries = baseline.Regions.Where(r => r != ObservedData.RestOfWorld).ToList();
        return Evaluate(Targets(data, holdOut, countries, baseline.PatternYear, baseline.BaselineYear, options), new BaselineFitModel(baseline));
    }

    /// <summary>
    /// The observations a baseline of <paramref name="countries"/> is compared with, whatever produced it: the DOTS
    /// cells of the pattern year among the countries, each country's WDI/WTO/UNCTAD totals of the baseline year and the
    /// hold-out figures between the countries. <see cref="FitRow.ModelUsdBn"/> is NaN until <see cref="Evaluate"/>.
    /// </summary>
    public static ImmutableArray<FitRow> Targets(
        ObservedData data, IReadOnlyList<RecentPairFigure> holdOut, IReadOnlyList<string> countries, int patternYear, int baselineYear, ObservedBaselineOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(holdOut);
        ArgumentNullException.ThrowIfNull(countries);
        ArgumentNullException.ThrowIfNull(options);
        var rows = ImmutableArray.CreateBuilder<FitRow>();
        var included = countries.ToHashSet(StringComparer.Ordinal);
        PatternRows(data, countries, patternYear, rows);
        foreach (var country in countries)
        {
            TotalRows(data, country, baselineYear, options, rows);
        }

        foreach (var figure in holdOut)
        {
            if (!included.Contains(figure.IsoA) || !included.Contains(figure.IsoB))
            {
                continue;
            }

            var (exporter, importer) = figure.Flow == PairFlow.BToA ? (figure.IsoB, figure.IsoA) : (figure.IsoA, figure.IsoB);
            var source = figure.Qualifier.Length == 0 ? $"{figure.ReporterBasis}; {figure.SourceUrl}" : $"{figure.ReporterBasis} ({figure.Qualifier}); {figure.SourceUrl}";
            rows.Add(new FitRow(exporter, importer, "goods", figure.Flow == PairFlow.Turnover ? "turnover" : "a_to_b", figure.Year, figure.Period, figure.ValueUsdBn, double.NaN, source, HoldOut));
        }

        return rows.ToImmutable();
    }

    /// <summary>The targets with the model's value of each: a pair's flow (both ways for a turnover), or a country's exports to or imports from the world (<c>WLD</c>).</summary>
    public static ImmutableArray<FitRow> Evaluate(IEnumerable<FitRow> targets, IFitModel model)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(model);
        return [.. targets.Select(t => t with
        {
            ModelUsdBn = t.Importer == ObservedData.World ? model.Exports(t.Exporter, t.Sector)
                : t.Exporter == ObservedData.World ? model.Imports(t.Importer, t.Sector)
                : model.Flow(t.Sector, t.Exporter, t.Importer) + (t.Flow == "turnover" ? model.Flow(t.Sector, t.Importer, t.Exporter) : 0.0),
        })];
    }

    private static void PatternRows(ObservedData data, IReadOnlyList<string> countries, int patternYear, ImmutableArray<FitRow>.Builder rows)
    {
        var pattern = data.GoodsOf(patternYear);
        if (pattern is null)
        {
            return;
        }

        var year = pattern.Year;
        foreach (var a in countries.Where(pattern.Contains))
        {
            foreach (var b in countries.Where(c => c != a && pattern.Contains(c)))
            {
                if (pattern.Value(a, b) is not { } observed)
                {
                    continue;
                }

                var source = pattern.IsImfEstimate(a, b)
                    ? $"IMF DOTS {year}, IMF estimate from partner data"
                    : $"IMF DOTS {year}, exporter's report";
                rows.Add(new FitRow(a, b, "goods", "a_to_b", year, Text(year), observed, double.NaN, source, Calibration));
            }
        }
    }

    private static void TotalRows(ObservedData data, string country, int year, ObservedBaselineOptions options, ImmutableArray<FitRow>.Builder rows)
    {
        var world = ObservedData.World;
        var cif = options.CifFobFactor.ToString(CultureInfo.InvariantCulture);
        if (data.MerchandiseExports.At(country, year) is { } tx)
        {
            rows.Add(new FitRow(country, world, "goods", "a_to_b", year, Text(year), tx, double.NaN,
                "WTO merchandise exports via World Bank WDI (TX.VAL.MRCH.CD.WT)", Calibration));
        }

        if (data.MerchandiseImports.At(country, year) is { } tm)
        {
            rows.Add(new FitRow(world, country, "goods", "a_to_b", year, Text(year), tm / options.CifFobFactor, double.NaN,
                $"WTO merchandise imports via World Bank WDI (TM.VAL.MRCH.CD.WT), CIF/{cif} to FOB", Calibration));
        }

        if (data.DigitalExports.LatestAtOrBefore(country, year) is { } de)
        {
            rows.Add(new FitRow(country, world, "digital", "a_to_b", de.Year, Text(de.Year), de.Value, double.NaN,
                "UNCTAD digitally deliverable services exports", Calibration));
        }

        if (data.DigitalImports.LatestAtOrBefore(country, year) is { } di)
        {
            rows.Add(new FitRow(world, country, "digital", "a_to_b", di.Year, Text(di.Year), di.Value, double.NaN,
                "UNCTAD digitally deliverable services imports", Calibration));
        }

        if (data.GoodsServicesExports.At(country, year) is { } exports)
        {
            rows.Add(new FitRow(country, world, "all", "a_to_b", year, Text(year), exports, double.NaN,
                "World Bank WDI exports of goods and services (NE.EXP.GNFS.ZS × NY.GDP.MKTP.CD)", Calibration));
        }

        if (data.GoodsServicesImports.At(country, year) is { } imports)
        {
            rows.Add(new FitRow(world, country, "all", "a_to_b", year, Text(year), imports, double.NaN,
                "World Bank WDI imports of goods and services (NE.IMP.GNFS.ZS × NY.GDP.MKTP.CD)", Calibration));
        }
    }

    private static string Text(int year) => year.ToString(CultureInfo.InvariantCulture);
}
