using System.Collections.Immutable;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Calibration;

/// <summary>
/// Builds the observed baseline from data (docs/model.md, "The observed baseline"): a pure, deterministic
/// function of the data, the countries' places and the options.
/// </summary>
public static class ObservedCalibration
{
    /// <summary>
    /// The baseline for the scenario's <paramref name="regions"/> (any set of countries; the others of the
    /// data join the rest of the world). <paramref name="profiles"/> gives every country's capital (and GDP
    /// where the data has none): the data's countries and the scenario's. Throws ArgumentException when the
    /// data cannot support the baseline year (a missing world total, a world total below the countries').
    /// </summary>
    public static ObservedBaseline Build(ObservedData data, IReadOnlyList<CountryProfile> profiles, IReadOnlyList<string> regions, ObservedBaselineOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var ordered = CheckRegions(regions);
        var pattern = data.GoodsOf(options.PatternYear)
            ?? throw new ArgumentException($"no DOTS goods matrix for the pattern year {options.PatternYear}");
        var notes = new List<CalibrationNote>();
        var u = Universe.Create(data, pattern, profiles, ordered, options.BaselineYear, notes);
        var margins = MarginCalculator.Compute(u, data, options, notes);
        var (goods, goodsSources, patternSeed) = GoodsCalibration.Build(u, pattern, data, margins[0], options, notes);
        var (digital, digitalSources) = ServicesCalibration.Build(u, patternSeed, margins[1], options);
        var (other, otherSources) = ServicesCalibration.Build(u, patternSeed, margins[2], options);
        double[][,] flows = [goods, digital, other];
        CellSource[][,] sources = [goodsSources, digitalSources, otherSources];
        DomesticSales.Add(u, flows, sources, options, notes);

        var map = RegionFold.Map(u, ordered);
        var sectors = ImmutableArray.CreateBuilder<SectorFlows>(BaselineSectors.Count);
        foreach (var sector in BaselineSectors.All)
        {
            var (f, s) = RegionFold.Fold(flows[(int)sector], sources[(int)sector], map, ordered.Count);
            sectors.Add(new SectorFlows(sector, f, s));
        }

        var codes = ordered.Append(ObservedData.RestOfWorld).ToImmutableArray();
        var accounts = Accounts(u, map, codes, sectors.ToImmutable(), margins);
        var kept = new HashSet<string>(codes, StringComparer.Ordinal) { ObservedData.World };
        return new ObservedBaseline(
            options.BaselineYear, options.PatternYear, codes, sectors.MoveToImmutable(), accounts, [.. notes.Where(n => kept.Contains(n.Region))]);
    }

    private static List<string> CheckRegions(IReadOnlyList<string> regions)
    {
        var ordered = regions.Order(StringComparer.Ordinal).ToList();
        for (var k = 0; k < ordered.Count; k++)
        {
            if (ordered[k] is ObservedData.RestOfWorld or ObservedData.World)
            {
                throw new ArgumentException($"{ordered[k]} cannot be a scenario country: the calibration builds it");
            }

            if (k > 0 && ordered[k] == ordered[k - 1])
            {
                throw new ArgumentException($"{ordered[k]} appears twice among the regions");
            }
        }

        return ordered;
    }

    private static ImmutableArray<RegionAccount> Accounts(
        Universe u, int[] map, ImmutableArray<string> codes, ImmutableArray<SectorFlows> sectors, SectorMargins[] margins)
    {
        var accounts = ImmutableArray.CreateBuilder<RegionAccount>(codes.Length);
        var rest = codes.Length - 1;
        for (var a = 0; a < codes.Length; a++)
        {
            var i = a == rest ? u.Rest : u.Codes.IndexOf(codes[a]);
            var gdp = 0.0;
            for (var k = 0; k < map.Length; k++)
            {
                gdp += map[k] == a ? u.Gdp[k] : 0.0;
            }

            var perSector = ImmutableArray.CreateBuilder<SectorAccount>(BaselineSectors.Count);
            var imputed = false;
            foreach (var s in sectors)
            {
                var (exports, imports) = (0.0, 0.0);
                for (var b = 0; b < codes.Length; b++)
                {
                    exports += b == a ? 0.0 : s.FlowsUsdBn[a, b];
                    imports += b == a ? 0.0 : s.FlowsUsdBn[b, a];
                }

                var m = margins[(int)s.Sector];
                var e = a == rest ? null : m.Exports[i];
                var im = a == rest ? null : m.Imports[i];
                imputed |= e?.Source == MarginSource.Imputed || im?.Source == MarginSource.Imputed;
                perSector.Add(new SectorAccount(
                    s.Sector, exports, imports, s.FlowsUsdBn[a, a],
                    e?.Source ?? MarginSource.Residual, im?.Source ?? MarginSource.Residual, e?.Year, im?.Year));
            }

            var filled = a != rest && (!u.InPattern[i] || imputed);
            accounts.Add(new RegionAccount(codes[a], gdp, perSector.MoveToImmutable(), filled));
        }

        return accounts.MoveToImmutable();
    }
}
