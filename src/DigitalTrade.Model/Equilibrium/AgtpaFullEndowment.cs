namespace DigitalTrade.Model.Equilibrium;

/// <summary>The final quantities of the book's procedure from the last round S (gravity-methods.md §5.2).</summary>
/// <param name="PriceChange">p̂ = [(a^S/a⁰) / (E_R^S/E_R⁰)]^(1/(1−σ)).</param>
/// <param name="Output">Y^F = p̂ Y⁰.</param>
/// <param name="Expenditure">E^F = φ Y^F.</param>
/// <param name="OutwardResistance">OMR^F = Y^F E_R^S / a^S.</param>
/// <param name="InwardResistance">IMR^F = E^S / (b^S E_R^S): E^S of the loop, not E^F, as the do-file has it.</param>
/// <param name="Flows">X^F_ij = Y^F_i E^F_j t_CFL,ij / (IMR^F_j OMR^F_i).</param>
/// <param name="Exports">Σ_{j≠i} X^F_ij.</param>
public sealed record AgtpaFullEndowment(
    double[] PriceChange,
    double[] Output,
    double[] Expenditure,
    double[] OutwardResistance,
    double[] InwardResistance,
    double[,] Flows,
    double[] Exports);
