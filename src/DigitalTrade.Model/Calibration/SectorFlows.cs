namespace DigitalTrade.Model.Calibration;

/// <summary>
/// One sector's flows in the observed baseline, USD bn at the exporter's (FOB) prices, exporters in rows and
/// importers in columns over the baseline's regions, domestic sales on the diagonal; and each cell's source.
/// </summary>
public sealed record SectorFlows(BaselineSector Sector, double[,] FlowsUsdBn, CellSource[,] Sources);
