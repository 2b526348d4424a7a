namespace DigitalTrade.Model.Equilibrium;

/// <summary>How ge_gravity (gravity-methods.md §7) holds trade imbalances fixed in a counterfactual.</summary>
public enum ImbalanceClosure
{
    /// <summary>Deficits D = E − Y are held in levels: E'_j = Y_j ŵ_j + D_j (ge_gravity's default).</summary>
    Additive,

    /// <summary>Expenditure is a fixed multiple of output: E'_j = E_j ŵ_j (ge_gravity's <c>mult</c>, as in Anderson and Yotov 2016).</summary>
    Multiplicative,
}
