using System.Collections.Immutable;

namespace DigitalTrade.Model.Calibration;

/// <summary>One indicator for many countries and years (e.g. WDI merchandise exports, USD bn).</summary>
public sealed class YearSeries
{
    private readonly ImmutableSortedDictionary<string, ImmutableSortedDictionary<int, double>> _values;

    /// <summary>A series from (country, year, value) entries; a repeated (country, year) is an error.</summary>
    public YearSeries(IEnumerable<(string Code, int Year, double Value)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var byCode = new SortedDictionary<string, SortedDictionary<int, double>>(StringComparer.Ordinal);
        foreach (var (code, year, value) in entries)
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentOutOfRangeException(nameof(entries), value, $"{code} {year}: values must be finite");
            }

            if (!byCode.TryGetValue(code, out var years))
            {
                years = [];
                byCode[code] = years;
            }

            if (!years.TryAdd(year, value))
            {
                throw new ArgumentException($"{code} {year} appears twice");
            }
        }

        _values = byCode.ToImmutableSortedDictionary(p => p.Key, p => p.Value.ToImmutableSortedDictionary(), StringComparer.Ordinal);
    }

    /// <summary>A series without values.</summary>
    public static YearSeries Empty { get; } = new([]);

    /// <summary>The countries with at least one value, in ordinal order.</summary>
    public IEnumerable<string> Codes => _values.Keys;

    /// <summary>The value of a year, or null.</summary>
    public double? At(string code, int year) =>
        _values.TryGetValue(code, out var years) && years.TryGetValue(year, out var value) ? value : null;

    /// <summary>The value of the latest year at or before <paramref name="year"/>, with that year; null when there is none.</summary>
    public (int Year, double Value)? LatestAtOrBefore(string code, int year)
    {
        if (!_values.TryGetValue(code, out var years))
        {
            return null;
        }

        (int, double)? latest = null;
        foreach (var (y, value) in years)
        {
            if (y > year)
            {
                break;
            }

            latest = (y, value);
        }

        return latest;
    }

    /// <summary>The value of the earliest year after <paramref name="year"/>, with that year; null when there is none.</summary>
    public (int Year, double Value)? EarliestAfter(string code, int year)
    {
        if (_values.TryGetValue(code, out var years))
        {
            foreach (var (y, value) in years)
            {
                if (y > year)
                {
                    return (y, value);
                }
            }
        }

        return null;
    }
}
