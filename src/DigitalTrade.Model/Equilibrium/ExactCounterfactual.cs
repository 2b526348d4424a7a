using DigitalTrade.Model.Parameters;

namespace DigitalTrade.Model.Equilibrium;

/// <summary>
/// The simulator's counterfactual: the conditional GE (RAS) and the exact full-endowment GE (hat
/// algebra, κ closure) of the same trade-cost change, with the report ratios of §6.
/// </summary>
public static class ExactCounterfactual
{
    /// <summary>The RAS stops at a relative row residual of 1e-13.</summary>
    public static SolverParameters DefaultConditionalSolver { get; } = new() { Tolerance = 1e-13, MaxIterations = 100_000 };

    /// <summary>Solves both equilibria; <paramref name="solver"/> is the full-endowment stopping rule (§5.3 default when null).</summary>
    public static ExactCounterfactualResult Solve(
        double[,] baselineFlows, double[,] costChange, double sigma, int reference, SolverParameters? solver = null, SolverParameters? conditionalSolver = null)
    {
        var conditional = ConditionalCounterfactual.Solve(baselineFlows, costChange, sigma, reference, conditionalSolver ?? DefaultConditionalSolver);
        var full = FullEndowmentEquilibrium.Solve(baselineFlows, costChange, sigma, reference, solver);
        var ratios = new GeChangeRatios(
            conditional.ExportsChange,
            full.ExportsChange,
            full.PriceChange,
            conditional.InwardResistanceIndex,
            full.InwardResistanceIndex,
            conditional.OutwardResistanceIndex,
            full.OutwardResistanceIndex,
            full.RealGdpChange,
            full.RealGdpChange);
        return new ExactCounterfactualResult(conditional, full, ratios);
    }
}
