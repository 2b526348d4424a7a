using System.Collections.Immutable;

namespace DigitalTrade.Model.Calibration;

/// <summary>
/// The observed world a run starts from, as the scenario carries it to the engines (docs/model.md, "The observed
/// baseline"): the regions (the scenario's countries in ordinal ISO3 order, then <c>ROW</c>), each sector's flows
/// at the exporter's prices in USD bn (row-major, exporters in rows, domestic sales on the diagonal) and each
/// region's GDP. Flat arrays, so that it crosses grain calls and storage like every other model record.
/// </summary>
/// <param name="BaselineYear">The year whose totals the flows match.</param>
/// <param name="Regions">Region codes, the rest of the world last.</param>
/// <param name="Goods">Goods flows, R×R row-major.</param>
/// <param name="Digital">Digitally deliverable services flows, R×R row-major.</param>
/// <param name="OtherServices">Other services flows, R×R row-major.</param>
/// <param name="GdpUsdBn">Each region's GDP in the baseline year.</param>
public sealed record ObservedTrade(
    int BaselineYear,
    ImmutableArray<string> Regions,
    ImmutableArray<double> Goods,
    ImmutableArray<double> Digital,
    ImmutableArray<double> OtherServices,
    ImmutableArray<double> GdpUsdBn)
{
    /// <summary>The flows and GDP of a calibrated baseline.</summary>
    public static ObservedTrade From(ObservedBaseline baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        return new ObservedTrade(
            baseline.BaselineYear,
            baseline.Regions,
            Flatten(baseline.Sectors[(int)BaselineSector.Goods].FlowsUsdBn),
            Flatten(baseline.Sectors[(int)BaselineSector.Digital].FlowsUsdBn),
            Flatten(baseline.Sectors[(int)BaselineSector.OtherServices].FlowsUsdBn),
            [.. baseline.Accounts.Select(a => a.GdpUsdBn)]);
    }

    /// <summary>A sector's flows as a matrix over <see cref="Regions"/>.</summary>
    public double[,] Matrix(BaselineSector sector)
    {
        var flat = sector switch
        {
            BaselineSector.Goods => Goods,
            BaselineSector.Digital => Digital,
            _ => OtherServices,
        };
        var r = Regions.Length;
        if (flat.Length != r * r)
        {
            throw new ArgumentException($"observed {sector} flows: expected {r * r} values for {r} regions, got {flat.Length}");
        }

        var m = new double[r, r];
        for (var i = 0; i < r; i++)
        {
            for (var j = 0; j < r; j++)
            {
                m[i, j] = flat[(i * r) + j];
            }
        }

        return m;
    }

    private static ImmutableArray<double> Flatten(double[,] m)
    {
        var r = m.GetLength(0);
        var flat = ImmutableArray.CreateBuilder<double>(r * r);
        for (var i = 0; i < r; i++)
        {
            for (var j = 0; j < r; j++)
            {
                flat.Add(m[i, j]);
            }
        }

        return flat.MoveToImmutable();
    }
}
