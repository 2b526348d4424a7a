using System.Collections.Immutable;

namespace DigitalTrade.Model.World;

/// <summary>
/// The fixed bilateral facts of a scenario, in canonical country order: great-circle distance
/// between capitals, contiguity, and common language.
/// Built once per run from the scenario; every engine builds the same one.
/// </summary>
public sealed class WorldGeometry
{
    private readonly Dictionary<string, int> _index;

    private WorldGeometry(ImmutableArray<string> iso3, double[,] distanceKm, bool[,] contiguous, bool[,] commonLanguage)
    {
        Iso3 = iso3;
        DistanceKm = distanceKm;
        Contiguous = contiguous;
        CommonLanguage = commonLanguage;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < iso3.Length; i++)
        {
            _index[iso3[i]] = i;
        }
    }

    /// <summary>ISO3 codes in canonical order.</summary>
    public ImmutableArray<string> Iso3 { get; }

    /// <summary>Number of countries.</summary>
    public int Count => Iso3.Length;

    /// <summary>Great-circle distance between capitals, km (0 on the diagonal).</summary>
    public double[,] DistanceKm { get; }

    /// <summary>Land contiguity.</summary>
    public bool[,] Contiguous { get; }

    /// <summary>Common official language.</summary>
    public bool[,] CommonLanguage { get; }

    /// <summary>Index of a country in canonical order.</summary>
    public int IndexOf(string iso3) =>
        _index.TryGetValue(iso3, out var i) ? i : throw new KeyNotFoundException($"country {iso3} is not in this scenario");

    /// <summary>True when the country is in this world.</summary>
    public bool Contains(string iso3) => _index.ContainsKey(iso3);

    /// <summary>Builds the geometry of a scenario's countries and pairs.</summary>
    public static WorldGeometry Build(ScenarioDefinition scenario)
    {
        var countries = scenario.Countries;
        var n = countries.Length;
        var iso3 = countries.Select(c => c.Iso3).ToImmutableArray();
        for (var i = 1; i < n; i++)
        {
            if (string.CompareOrdinal(iso3[i - 1], iso3[i]) >= 0)
            {
                throw new ArgumentException("countries must be in strictly ascending ISO3 order", nameof(scenario));
            }
        }

        var distance = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                distance[i, j] = i == j ? 0.0 : GreatCircle.DistanceKm(
                    countries[i].Latitude, countries[i].Longitude, countries[j].Latitude, countries[j].Longitude);
            }
        }

        var geometry = new WorldGeometry(iso3, distance, new bool[n, n], new bool[n, n]);
        foreach (var pair in scenario.Pairs)
        {
            if (!geometry._index.TryGetValue(pair.Iso3A, out var a) || !geometry._index.TryGetValue(pair.Iso3B, out var b))
            {
                continue; // a pair outside the included subset
            }

            geometry.Contiguous[a, b] = geometry.Contiguous[b, a] = pair.Contiguous;
            geometry.CommonLanguage[a, b] = geometry.CommonLanguage[b, a] = pair.CommonLanguage;
        }

        return geometry;
    }
}
