using System.Collections.Immutable;

namespace DigitalTrade.Model.Calibration;

/// <summary>
/// The observed world the multi-sector equilibrium starts from (docs/model.md, "The observed baseline"): the
/// scenario's countries in canonical order and the rest of the world last, for each sector the full flow
/// matrix in USD bn with domestic sales, each cell's source, each region's GDP and accounts, and the notes
/// of every data decision. Built by <see cref="ObservedCalibration.Build"/>.
/// </summary>
public sealed class ObservedBaseline
{
    private readonly Dictionary<string, int> _index;

    /// <summary>Assembles a baseline (the calibration does; tests may too).</summary>
    public ObservedBaseline(
        int baselineYear,
        int patternYear,
        ImmutableArray<string> regions,
        ImmutableArray<SectorFlows> sectors,
        ImmutableArray<RegionAccount> accounts,
        ImmutableArray<CalibrationNote> notes)
    {
        BaselineYear = baselineYear;
        PatternYear = patternYear;
        Regions = regions;
        Sectors = sectors;
        Accounts = accounts;
        Notes = notes;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < regions.Length; i++)
        {
            _index.Add(regions[i], i);
        }
    }

    /// <summary>The year whose totals the baseline matches.</summary>
    public int BaselineYear { get; }

    /// <summary>The DOTS year of the bilateral goods pattern.</summary>
    public int PatternYear { get; }

    /// <summary>The regions: the countries in ordinal ISO3 order, then <c>ROW</c>.</summary>
    public ImmutableArray<string> Regions { get; }

    /// <summary>The sectors' flows, in <see cref="BaselineSectors.All"/> order.</summary>
    public ImmutableArray<SectorFlows> Sectors { get; }

    /// <summary>One account per region, in <see cref="Regions"/> order.</summary>
    public ImmutableArray<RegionAccount> Accounts { get; }

    /// <summary>Every data decision, region by region.</summary>
    public ImmutableArray<CalibrationNote> Notes { get; }

    /// <summary>The index of a region, or −1.</summary>
    public int IndexOf(string region) => _index.TryGetValue(region, out var i) ? i : -1;

    /// <summary>The flow of a sector from one region to another, USD bn.</summary>
    public double Flow(BaselineSector sector, string exporter, string importer) =>
        Sectors[(int)sector].FlowsUsdBn[_index[exporter], _index[importer]];

    /// <summary>The source of a cell.</summary>
    public CellSource Source(BaselineSector sector, string exporter, string importer) =>
        Sectors[(int)sector].Sources[_index[exporter], _index[importer]];

    /// <summary>The account of a region.</summary>
    public RegionAccount Account(string region) => Accounts[_index[region]];
}
