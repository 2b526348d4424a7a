namespace DigitalTrade.Model.Equilibrium.MultiSector;

/// <summary>
/// What changes from the baseline to the counterfactual. Every part is optional: a shock with nothing set
/// is the baseline itself.
/// </summary>
public sealed record MultiSectorShock
{
    /// <summary>d̂_ij^kc, the change of each route's non-tax (iceberg) cost, [sector][channel][exporter, importer]; 1 when null.</summary>
    public double[][][,]? CostChange { get; init; }

    /// <summary>t'_ij^kc, the counterfactual ad valorem tariffs; the baseline's when null.</summary>
    public double[][][,]? Tariffs { get; init; }

    /// <summary>L̂_i, the change of each country's factor endowment; 1 when null.</summary>
    public double[]? EndowmentChange { get; init; }

    /// <summary>Â_i^k, the change of each country's productivity in each sector, [country, sector]; 1 when null.</summary>
    public double[,]? ProductivityChange { get; init; }

    /// <summary>How trade deficits are held.</summary>
    public ImbalanceClosure Closure { get; init; } = ImbalanceClosure.Additive;
}
