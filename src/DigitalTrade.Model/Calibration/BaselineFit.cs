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

    /// <summary>The rows, in a fixed order: DOTS cells (exporter, importer), totals (country, sector), then the hold-out in its order.</summary>
    public static ImmutableArray<FitRow> Rows(ObservedBaseline baseline, ObservedData data, IReadOnlyList<RecentPairFigure> holdOut, ObservedBaselineOptions options)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(holdOut);
        ArgumentNullException.ThrowIfNull(options);
        var rows = ImmutableArray.CreateBuilder<FitRow>();
        var countries = baseline.Regions.Where(r => r != ObservedData.RestOfWorld).ToList();
        PatternRows(baseline, data, countries, rows);
        foreach (var country in countries)
        {
            TotalRows(baseline, data, country, options, rows);
        }

        foreach (var figure in holdOut)
        {
            if (baseline.IndexOf(figure.IsoA) < 0 || baseline.IndexOf(figure.IsoB) < 0 || figure.IsoA == ObservedData.RestOfWorld || figure.IsoB == ObservedData.RestOfWorld)
            {
                continue;
            }

            var (exporter, importer) = figure.Flow == PairFlow.BToA ? (figure.IsoB, figure.IsoA) : (figure.IsoA, figure.IsoB);
            var model = baseline.Flow(BaselineSector.Goods, exporter, importer)
                + (figure.Flow == PairFlow.Turnover ? baseline.Flow(BaselineSector.Goods, importer, exporter) : 0.0);
            var source = figure.Qualifier.Length == 0 ? $"{figure.ReporterBasis}; {figure.SourceUrl}" : $"{figure.ReporterBasis} ({figure.Qualifier}); {figure.SourceUrl}";
            rows.Add(new FitRow(exporter, importer, "goods", figure.Flow == PairFlow.Turnover ? "turnover" : "a_to_b", figure.Year, figure.Period, figure.ValueUsdBn, model, source, HoldOut));
        }

        return rows.ToImmutable();
    }

    private static void PatternRows(ObservedBaseline baseline, ObservedData data, List<string> countries, ImmutableArray<FitRow>.Builder rows)
    {
        var pattern = data.GoodsOf(baseline.PatternYear);
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
                rows.Add(new FitRow(a, b, "goods", "a_to_b", year, Text(year), observed, baseline.Flow(BaselineSector.Goods, a, b), source, Calibration));
            }
        }
    }

    private static void TotalRows(ObservedBaseline baseline, ObservedData data, string country, ObservedBaselineOptions options, ImmutableArray<FitRow>.Builder rows)
    {
        var year = baseline.BaselineYear;
        var account = baseline.Account(country);
        var world = ObservedData.World;
        var cif = options.CifFobFactor.ToString(CultureInfo.InvariantCulture);
        if (data.MerchandiseExports.At(country, year) is { } tx)
        {
            rows.Add(new FitRow(country, world, "goods", "a_to_b", year, Text(year), tx, account.Of(BaselineSector.Goods).ExportsUsdBn,
                "WTO merchandise exports via World Bank WDI (TX.VAL.MRCH.CD.WT)", Calibration));
        }

        if (data.MerchandiseImports.At(country, year) is { } tm)
        {
            rows.Add(new FitRow(world, country, "goods", "a_to_b", year, Text(year), tm / options.CifFobFactor, account.Of(BaselineSector.Goods).ImportsUsdBn,
                $"WTO merchandise imports via World Bank WDI (TM.VAL.MRCH.CD.WT), CIF/{cif} to FOB", Calibration));
        }

        if (data.DigitalExports.LatestAtOrBefore(country, year) is { } de)
        {
            rows.Add(new FitRow(country, world, "digital", "a_to_b", de.Year, Text(de.Year), de.Value, account.Of(BaselineSector.Digital).ExportsUsdBn,
                "UNCTAD digitally deliverable services exports", Calibration));
        }

        if (data.DigitalImports.LatestAtOrBefore(country, year) is { } di)
        {
            rows.Add(new FitRow(world, country, "digital", "a_to_b", di.Year, Text(di.Year), di.Value, account.Of(BaselineSector.Digital).ImportsUsdBn,
                "UNCTAD digitally deliverable services imports", Calibration));
        }

        if (data.GoodsServicesExports.At(country, year) is { } exports)
        {
            rows.Add(new FitRow(country, world, "all", "a_to_b", year, Text(year), exports, account.ExportsUsdBn,
                "World Bank WDI exports of goods and services (NE.EXP.GNFS.ZS × NY.GDP.MKTP.CD)", Calibration));
        }

        if (data.GoodsServicesImports.At(country, year) is { } imports)
        {
            rows.Add(new FitRow(world, country, "all", "a_to_b", year, Text(year), imports, account.ImportsUsdBn,
                "World Bank WDI imports of goods and services (NE.IMP.GNFS.ZS × NY.GDP.MKTP.CD)", Calibration));
        }
    }

    private static string Text(int year) => year.ToString(CultureInfo.InvariantCulture);
}
