namespace DigitalTrade.Model.Equilibrium;

/// <summary>
/// The quantities of one step k of the book's procedure (gravity-methods.md §5.2): the fit
/// X̂^k = a^k b^k t with b_ref = 1, and the resistances in the Stata code's (1−σ)-power form.
/// </summary>
/// <param name="Step">k: 0 baseline, 1 conditional, 2… the rounds of the loop.</param>
/// <param name="Flows">Fitted flows X̂^k.</param>
/// <param name="ExporterEffect">a^k = exp(π^k).</param>
/// <param name="ImporterEffect">b^k = exp(χ^k), 1 at the reference country.</param>
/// <param name="Output">Y^k.</param>
/// <param name="Expenditure">E^k (= φ Y^k from k = 2).</param>
/// <param name="OutwardResistance">OMR^k = Y^k E_R^k / a^k (includes world output).</param>
/// <param name="InwardResistance">IMR^k = E^k / (b^k E_R^k).</param>
public sealed record AgtpaState(
    int Step,
    double[,] Flows,
    double[] ExporterEffect,
    double[] ImporterEffect,
    double[] Output,
    double[] Expenditure,
    double[] OutwardResistance,
    double[] InwardResistance)
{
    /// <summary>E_R^k: the reference country's expenditure.</summary>
    public double ReferenceExpenditure(int reference) => Expenditure[reference];
}
