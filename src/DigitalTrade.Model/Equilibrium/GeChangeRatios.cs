namespace DigitalTrade.Model.Equilibrium;

/// <summary>
/// Per-country changes from baseline to counterfactual as ratios new/old of the reported indexes
/// (gravity-methods.md §5.3 and §6 B), produced alike by the exact solver and the book's procedure
/// so that <see cref="GeIndexes.PercentChanges(GeChangeRatios)"/> gives the same table from either.
/// Resistances are index ratios: the (1−σ)-power resistances raised to 1/(1−σ).
/// </summary>
/// <param name="ExportsConditional">International exports Σ_{j≠i} X_ij, conditional GE over baseline.</param>
/// <param name="ExportsFull">International exports, full-endowment GE over baseline.</param>
/// <param name="Price">Factory-gate price change p̂ (full endowment; 1 in conditional GE by definition).</param>
/// <param name="InwardResistanceConditional">P̂ in conditional GE; 1 at the reference country.</param>
/// <param name="InwardResistanceFull">P̂ in full-endowment GE; 1 at the reference country.</param>
/// <param name="OutwardResistanceConditional">OMR index as the Stata code defines it (including world output Y), conditional GE.</param>
/// <param name="OutwardResistanceFull">OMR index including world output, full-endowment GE.</param>
/// <param name="RealGdpFull">Real GDP p̂/P̂, full-endowment GE; independent of the numeraire.</param>
/// <param name="Welfare">
/// Welfare as the solver defines it: real GDP p̂/P̂ for the exact solver and the book's procedure (the
/// AGTPA welfare measure); ge_gravity's w, real expenditure with additive imbalances and the real wage
/// with multiplicative ones.
/// </param>
public sealed record GeChangeRatios(
    double[] ExportsConditional,
    double[] ExportsFull,
    double[] Price,
    double[] InwardResistanceConditional,
    double[] InwardResistanceFull,
    double[] OutwardResistanceConditional,
    double[] OutwardResistanceFull,
    double[] RealGdpFull,
    double[] Welfare);
