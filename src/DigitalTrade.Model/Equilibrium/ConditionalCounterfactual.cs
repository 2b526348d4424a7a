using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Trade;

namespace DigitalTrade.Model.Equilibrium;

/// <summary>
/// Conditional general equilibrium of a trade-cost change (gravity-methods.md §4 and §5.1): outputs
/// and expenditures stay at baseline, both multilateral resistances adjust. It is the RAS of
/// X ∘ τ to the baseline margins with the importer effect of the reference country fixed at 1,
/// so the fitted effects are the changes a_CDL/a_BLN and b_CDL/b_BLN.
/// </summary>
public static class ConditionalCounterfactual
{
    /// <summary>Solves by <see cref="ConditionalEquilibrium.Solve"/>; throws <see cref="ModelConvergenceException"/> if it fails.</summary>
    public static ConditionalCounterfactualResult Solve(double[,] baselineFlows, double[,] costChange, double sigma, int reference, SolverParameters solver)
    {
        var n = FlowMatrix.CheckFlows(baselineFlows, nameof(baselineFlows));
        FlowMatrix.CheckCosts(costChange, n, nameof(costChange));
        FlowMatrix.CheckModel(sigma, reference, n);

        var shocked = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                shocked[i, j] = baselineFlows[i, j] * costChange[i, j];
            }
        }

        var fit = ConditionalEquilibrium.Solve(
            shocked, FlowMatrix.RowSums(baselineFlows), FlowMatrix.ColumnSums(baselineFlows), reference, solver);

        // IMR = E/(b E_ref) and OMR = Y E_ref / a with E, Y fixed: the changes are 1/b' and 1/a'.
        var toIndex = 1.0 / (1.0 - sigma);
        var inward = new double[n];
        var outward = new double[n];
        for (var k = 0; k < n; k++)
        {
            inward[k] = Math.Pow(1.0 / fit.ImporterEffect[k], toIndex);
            outward[k] = Math.Pow(1.0 / fit.ExporterEffect[k], toIndex);
        }

        var exports = FlowMatrix.Ratio(FlowMatrix.Exports(fit.Flows), FlowMatrix.Exports(baselineFlows));
        return new ConditionalCounterfactualResult(fit.Flows, inward, outward, exports, fit.Iterations, fit.MaxResidual);
    }
}
