using System.Collections.Immutable;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Calibration;

/// <summary>
/// The regions the calibration works on before the scenario's are picked out: every country of the goods
/// pattern and every country of the scenario, in ordinal order, then the rest of the world; their GDP in
/// the baseline year and the distances between the countries' capitals.
/// </summary>
internal sealed class Universe
{
    private Universe(ImmutableArray<string> codes, double[] gdp, double[,] distanceKm, bool[] inPattern)
    {
        Codes = codes;
        Gdp = gdp;
        CountryDistanceKm = distanceKm;
        InPattern = inPattern;
    }

    /// <summary>Countries in ordinal order, then ROW.</summary>
    public ImmutableArray<string> Codes { get; }

    /// <summary>The number of countries; also ROW's index.</summary>
    public int Countries => Codes.Length - 1;

    /// <summary>ROW's index.</summary>
    public int Rest => Codes.Length - 1;

    /// <summary>GDP of the baseline year, USD bn, ROW's last.</summary>
    public double[] Gdp { get; }

    /// <summary>Great-circle distances between the countries' capitals, km; the diagonal is infinite.</summary>
    public double[,] CountryDistanceKm { get; }

    /// <summary>True for countries with a row and a column in the DOTS goods pattern.</summary>
    public bool[] InPattern { get; }

    public static Universe Create(
        ObservedData data, GoodsMatrix pattern, IReadOnlyList<CountryProfile> profiles, IReadOnlyList<string> regions, int year, List<CalibrationNote> notes)
    {
        var places = new Dictionary<string, CountryProfile>(StringComparer.Ordinal);
        foreach (var profile in profiles)
        {
            places.TryAdd(profile.Iso3, profile);
        }

        var countries = pattern.Regions.Where(r => r != ObservedData.RestOfWorld)
            .Concat(regions)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var missing = countries.Where(c => !places.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"no country profile (capital, GDP) for {string.Join(", ", missing)}");
        }

        var n = countries.Count;
        var gdp = new double[n + 1];
        var distance = new double[n, n];
        var inPattern = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var code = countries[i];
            inPattern[i] = pattern.Contains(code);
            gdp[i] = CountryGdp(data, places[code], year, notes);
            for (var j = 0; j < n; j++)
            {
                distance[i, j] = i == j
                    ? double.PositiveInfinity
                    : GreatCircle.DistanceKm(places[code].Latitude, places[code].Longitude, places[countries[j]].Latitude, places[countries[j]].Longitude);
            }
        }

        if (!data.WorldTotals.GdpUsdBn.TryGetValue(year, out var world))
        {
            throw new ArgumentException($"no world GDP for {year} in the world totals");
        }

        gdp[n] = world - gdp.Take(n).Sum();
        if (!(gdp[n] > 0))
        {
            throw new ArgumentException($"world GDP {world:F0} bn is not above the countries' {gdp.Take(n).Sum():F0} bn in {year}");
        }

        notes.Add(new CalibrationNote(ObservedData.RestOfWorld, "gdp", $"world GDP {year} {world:F0} bn (World Bank WDI) less the {n} countries' {gdp.Take(n).Sum():F0} bn"));
        return new Universe([.. countries, ObservedData.RestOfWorld], gdp, distance, inPattern);
    }

    /// <summary>All distances including ROW's: the countries' to ROW and ROW's internal one, given.</summary>
    public double[,] WithRest(IReadOnlyList<double> toRest, double restInternal)
    {
        var n = Codes.Length;
        var d = new double[n, n];
        for (var i = 0; i < Countries; i++)
        {
            for (var j = 0; j < Countries; j++)
            {
                d[i, j] = CountryDistanceKm[i, j];
            }

            d[i, Rest] = toRest[i];
            d[Rest, i] = toRest[i];
        }

        d[Rest, Rest] = restInternal;
        return d;
    }

    private static double CountryGdp(ObservedData data, CountryProfile profile, int year, List<CalibrationNote> notes)
    {
        if (data.Gdp.LatestAtOrBefore(profile.Iso3, year) is { } observed)
        {
            if (observed.Year != year)
            {
                notes.Add(new CalibrationNote(profile.Iso3, "gdp", $"WDI GDP of {observed.Year} (latest at or before {year})"));
            }

            return observed.Value;
        }

        notes.Add(new CalibrationNote(profile.Iso3, "gdp", $"no WDI GDP: the scenario's {profile.GdpUsdBn:G6} bn"));
        return profile.GdpUsdBn;
    }
}
