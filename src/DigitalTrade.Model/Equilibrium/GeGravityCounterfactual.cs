using DigitalTrade.Model.Parameters;

namespace DigitalTrade.Model.Equilibrium;

/// <summary>
/// The counterfactual of the <c>ge_gravity</c> solver: the conditional GE (RAS, as for every solver)
/// and Zylkin's fixed point for the full endowment (gravity-methods.md §7), with the report ratios of
/// §6. The full-endowment columns take world output as the numeraire, as <c>ge_gravity</c> does.
/// </summary>
public static class GeGravityCounterfactual
{
    /// <summary>
    /// Solves both equilibria of the cost change τ = T'/T (in the t^(1−σ) form, B = exp(β·Δx) in
    /// <c>ge_gravity</c>'s terms) with trade elasticity θ = σ − 1.
    /// </summary>
    public static GeGravityCounterfactualResult Solve(
        double[,] baselineFlows, double[,] costChange, double theta, ImbalanceClosure closure, int reference, SolverParameters? solver = null)
    {
        var conditional = ConditionalCounterfactual.Solve(baselineFlows, costChange, theta + 1.0, reference, ExactCounterfactual.DefaultConditionalSolver);
        var full = GeGravity.Solve(baselineFlows, costChange, theta, closure, solver);
        var n = full.NominalWage.Length;
        var y = FlowMatrix.RowSums(baselineFlows);
        var e = FlowMatrix.ColumnSums(baselineFlows);
        var sales = FlowMatrix.RowSums(full.Flows);
        var outward = new double[n];
        var gap = 0.0;
        for (var i = 0; i < n; i++)
        {
            // Π̂_i^(1−σ) = Σ_j (X_ij / Y_i) τ_ij Ê_j / P̂_j^(1−σ) with world output unchanged (the numeraire).
            var sum = 0.0;
            for (var j = 0; j < n; j++)
            {
                sum += baselineFlows[i, j] / y[i] * costChange[i, j] * (full.Expenditure[j] / e[j]) / full.InwardResistanceChange[j];
            }

            outward[i] = Math.Pow(sum, -1.0 / theta);
            gap = Math.Max(gap, Math.Abs(sales[i] - (y[i] * full.NominalWage[i])) / (y[i] * full.NominalWage[i]));
        }

        var ratios = new GeChangeRatios(
            conditional.ExportsChange,
            FlowMatrix.Ratio(FlowMatrix.Exports(full.Flows), FlowMatrix.Exports(baselineFlows)),
            full.NominalWage,
            conditional.InwardResistanceIndex,
            full.PriceIndex,
            conditional.OutwardResistanceIndex,
            outward,
            full.RealWage,
            full.Welfare);
        return new GeGravityCounterfactualResult(conditional, full, ratios, gap);
    }
}
