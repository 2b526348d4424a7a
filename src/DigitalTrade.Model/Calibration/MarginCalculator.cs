namespace DigitalTrade.Model.Calibration;

/// <summary>
/// Each country's exports and imports per sector in the baseline year, and the world totals
/// (docs/model.md, "The observed baseline", margins): goods from WTO merchandise trade (imports CIF
/// deflated to FOB), digital services from UNCTAD, other services as the WDI goods-and-services residual.
/// </summary>
internal static class MarginCalculator
{
    public static SectorMargins[] Compute(Universe u, ObservedData data, ObservedBaselineOptions o, List<CalibrationNote> notes)
    {
        var year = o.BaselineYear;
        var n = u.Countries;
        var goodsExports = new Margin?[n];
        var goodsImports = new Margin?[n];
        var digitalExports = new Margin?[n];
        var digitalImports = new Margin?[n];
        for (var i = 0; i < n; i++)
        {
            goodsExports[i] = Latest(data.MerchandiseExports, u.Codes[i], year, 1.0);
            goodsImports[i] = Latest(data.MerchandiseImports, u.Codes[i], year, o.CifFobFactor);
            digitalExports[i] = Latest(data.DigitalExports, u.Codes[i], year, 1.0);
            digitalImports[i] = Latest(data.DigitalImports, u.Codes[i], year, 1.0);
        }

        var ge = Impute(u, goodsExports, "goods", "exports", notes);
        var gi = Impute(u, goodsImports, "goods", "imports", notes);
        var de = Impute(u, digitalExports, "digital", "exports", notes);
        var di = Impute(u, digitalImports, "digital", "imports", notes);
        NoteEarlier(u, de, "digital", "exports", "UNCTAD", notes);
        NoteEarlier(u, di, "digital", "imports", "UNCTAD", notes);
        NoteEarlier(u, ge, "goods", "exports", "WTO", notes);
        NoteEarlier(u, gi, "goods", "imports", "WTO", notes);

        var otherExports = new Margin?[n];
        var otherImports = new Margin?[n];
        for (var i = 0; i < n; i++)
        {
            otherExports[i] = Other(u, i, data, data.GoodsServicesExports, data.MerchandiseExports, 1.0, de[i], year, "exports", notes);
            otherImports[i] = Other(u, i, data, data.GoodsServicesImports, data.MerchandiseImports, o.CifFobFactor, di[i], year, "imports", notes);
        }

        var oe = Impute(u, otherExports, "other_services", "exports", notes);
        var oi = Impute(u, otherImports, "other_services", "imports", notes);
        var digitalWorld = DigitalWorld(data, year, notes);
        return
        [
            new SectorMargins(BaselineSector.Goods, ge, gi, GoodsWorld(data, year, notes)),
            new SectorMargins(BaselineSector.Digital, de, di, digitalWorld.Value),
            new SectorMargins(BaselineSector.OtherServices, oe, oi, OtherWorld(data, year, digitalWorld, notes)),
        ];
    }

    /// <summary>World merchandise exports of a year: WTO's where given, else the DOTS matrix's total.</summary>
    public static double GoodsWorld(ObservedData data, int year, List<CalibrationNote>? notes)
    {
        if (data.WorldTotals.MerchandiseExportsUsdBn.TryGetValue(year, out var wto))
        {
            notes?.Add(new CalibrationNote(ObservedData.World, "goods", $"world merchandise exports {year}: {wto:F0} bn (WTO)"));
            return wto;
        }

        if (data.GoodsOf(year) is { } matrix)
        {
            notes?.Add(new CalibrationNote(ObservedData.World, "goods", $"world merchandise exports {year}: {matrix.Total():F0} bn (IMF DOTS, World to World)"));
            return matrix.Total();
        }

        throw new ArgumentException($"no world merchandise exports for {year} (neither the WTO total nor a DOTS matrix)");
    }

    private static Margin? Latest(YearSeries series, string code, int year, double divisor) =>
        series.LatestAtOrBefore(code, year) is { } v
            ? new Margin(v.Value / divisor, v.Year == year ? MarginSource.Observed : MarginSource.Earlier, v.Year)
            : null;

    /// <summary>
    /// Other services: the goods-and-services total less merchandise (CIF deflated for imports) of the latest
    /// year that has both and GDP, as a share of that year's GDP times the baseline year's, less digital
    /// services; floored at zero where the sources disagree.
    /// </summary>
    private static Margin? Other(
        Universe u, int i, ObservedData data, YearSeries total, YearSeries merchandise, double divisor, Margin digital, int year, string flow, List<CalibrationNote> notes)
    {
        var code = u.Codes[i];
        if (total.LatestAtOrBefore(code, year) is not { } t)
        {
            return null;
        }

        // Walk back to a year that has the total, merchandise and GDP together.
        for (var y = t.Year; y >= t.Year - 50; y--)
        {
            if (total.At(code, y) is not { } tot || merchandise.At(code, y) is not { } merch || data.Gdp.At(code, y) is not { } gdp)
            {
                continue;
            }

            var services = y == year ? tot - (merch / divisor) : (tot - (merch / divisor)) / gdp * u.Gdp[i];
            var other = services - digital.Value;
            if (y != year && other >= 0)
            {
                notes.Add(new CalibrationNote(code, "other_services",
                    $"{flow}: WDI goods and services latest in {y}; services {(tot - (merch / divisor)) / gdp:P2} of GDP then, applied to {year} GDP"));
            }

            if (other < 0)
            {
                notes.Add(new CalibrationNote(code, "other_services",
                    $"{flow} floored at 0: WDI goods and services {tot:F2} bn ({y}) is below merchandise {merch / divisor:F2} bn plus digital services {digital.Value:F2} bn"));
                return new Margin(0.0, MarginSource.Floored, y);
            }

            return new Margin(other, y == year ? MarginSource.Observed : MarginSource.Earlier, y);
        }

        return null;
    }

    private static Margin[] Impute(Universe u, Margin?[] margins, string sector, string flow, List<CalibrationNote> notes)
    {
        var ratios = new List<double>();
        for (var i = 0; i < margins.Length; i++)
        {
            if (margins[i] is { } m)
            {
                ratios.Add(m.Value / u.Gdp[i]);
            }
        }

        if (ratios.Count == 0)
        {
            throw new ArgumentException($"{sector} {flow}: no country has data, so none can be imputed");
        }

        ratios.Sort();
        var median = ratios.Count % 2 == 1 ? ratios[ratios.Count / 2] : 0.5 * (ratios[(ratios.Count / 2) - 1] + ratios[ratios.Count / 2]);
        var result = new Margin[margins.Length];
        for (var i = 0; i < margins.Length; i++)
        {
            if (margins[i] is { } m)
            {
                result[i] = m;
                continue;
            }

            result[i] = new Margin(median * u.Gdp[i], MarginSource.Imputed, null);
            notes.Add(new CalibrationNote(u.Codes[i], sector,
                $"{flow}: no data; imputed as GDP × the median ratio of the countries with data ({median:P2}), cells gravity-filled"));
        }

        return result;
    }

    private static void NoteEarlier(Universe u, Margin[] margins, string sector, string flow, string source, List<CalibrationNote> notes)
    {
        for (var i = 0; i < margins.Length; i++)
        {
            if (margins[i].Source == MarginSource.Earlier)
            {
                notes.Add(new CalibrationNote(u.Codes[i], sector, $"{flow}: {source} latest year {margins[i].Year}"));
            }
        }
    }

    private static (int Year, double Value) DigitalWorld(ObservedData data, int year, List<CalibrationNote> notes)
    {
        var world = data.DigitalExports.LatestAtOrBefore(ObservedData.World, year)
            ?? throw new ArgumentException($"no UNCTAD world exports of digitally deliverable services at or before {year}");
        notes.Add(new CalibrationNote(ObservedData.World, "digital", $"world exports of digitally deliverable services {world.Year}: {world.Value:F0} bn (UNCTAD)"));
        return world;
    }

    /// <summary>
    /// World exports of other services: WTO commercial services less UNCTAD digital services of the same
    /// year (the latest at or before the baseline year; else the earliest after it, scaled by the digital total).
    /// </summary>
    private static double OtherWorld(ObservedData data, int year, (int Year, double Value) digitalWorld, List<CalibrationNote> notes)
    {
        var services = data.WorldTotals.CommercialServicesExportsUsdBn;
        var at = services.Keys.Where(y => y <= year).DefaultIfEmpty(int.MinValue).Max();
        if (at == int.MinValue)
        {
            at = services.Keys.Where(y => y > year).DefaultIfEmpty(int.MinValue).Min();
        }

        if (at == int.MinValue || data.DigitalExports.At(ObservedData.World, at) is not { } digitalThen)
        {
            throw new ArgumentException($"no WTO world commercial services exports with a UNCTAD digital total of the same year for {year}");
        }

        var other = services[at] - digitalThen;
        if (at > year)
        {
            other *= digitalWorld.Value / digitalThen;
        }

        notes.Add(new CalibrationNote(ObservedData.World, "other_services", at <= year
            ? $"world other services {at}: WTO commercial services {services[at]:F0} bn less digital {digitalThen:F0} bn = {other:F0} bn"
            : $"world other services: WTO commercial services {services[at]:F0} bn less digital {digitalThen:F0} bn in {at}, scaled by the digital total of {digitalWorld.Year} to {other:F0} bn"));
        return other;
    }
}
