namespace DigitalTrade.Model.Calibration;

/// <summary>
/// Where the value of one cell of the observed baseline comes from, before the RAS that balances every
/// international cell to its margins (docs/model.md, "The observed baseline").
/// </summary>
public enum CellSource
{
    /// <summary>The exporter's own report (IMF DOTS).</summary>
    Observed = 0,

    /// <summary>An IMF estimate from the partner's records (DOTS flag <c>e</c>): mirror data.</summary>
    Mirror = 1,

    /// <summary>A rest-of-the-world cell raised to close the gap between a WDI/WTO total and the bilateral cells.</summary>
    Reconciled = 2,

    /// <summary>A rest-of-the-world cell: a world total less the other cells.</summary>
    Residual = 3,

    /// <summary>No bilateral observation: the pattern is gravity's (sizes and distance), balanced to margins.</summary>
    GravityFilled = 4,

    /// <summary>Not in the source; held at zero.</summary>
    Absent = 5,

    /// <summary>The diagonal: domestic sales, gross output less exports (ROW's also holds trade within ROW).</summary>
    Domestic = 6,
}

/// <summary>Names of cell sources as files write them.</summary>
public static class CellSources
{
    /// <summary>The name used in files, e.g. <c>gravity_filled</c>.</summary>
    public static string Name(CellSource source) => source switch
    {
        CellSource.Observed => "observed",
        CellSource.Mirror => "mirror",
        CellSource.Reconciled => "reconciled",
        CellSource.Residual => "residual",
        CellSource.GravityFilled => "gravity_filled",
        CellSource.Absent => "absent",
        CellSource.Domestic => "domestic",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "unknown cell source"),
    };
}
