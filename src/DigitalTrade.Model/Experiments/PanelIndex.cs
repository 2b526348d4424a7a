using System.Collections.Immutable;

namespace DigitalTrade.Model.Experiments;

/// <summary>Dense indexes of a panel's countries (ordinal order), years (ascending) and pair ids.</summary>
public sealed class PanelIndex
{
    private readonly Dictionary<string, int> _countries;
    private readonly Dictionary<int, int> _years;
    private readonly Dictionary<int, int> _pairs;

    /// <summary>Indexes the panel.</summary>
    public PanelIndex(GravityPanel panel)
    {
        Countries = panel.Countries();
        Years = panel.Years();
        _countries = Countries.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        _years = Years.Select((y, i) => (y, i)).ToDictionary(x => x.y, x => x.i);
        _pairs = panel.PairId.Distinct().Order().Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
    }

    /// <summary>Countries in ordinal order.</summary>
    public ImmutableArray<string> Countries { get; }

    /// <summary>Years, ascending.</summary>
    public ImmutableArray<int> Years { get; }

    /// <summary>Index of a country.</summary>
    public int Country(string code) => _countries[code];

    /// <summary>Index of a year.</summary>
    public int Year(int year) => _years[year];

    /// <summary>Dense index of a pair id.</summary>
    public int Pair(int pairId) => _pairs[pairId];

    /// <summary>Number of distinct pair ids.</summary>
    public int PairCount => _pairs.Count;
}
