using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Trade;

namespace DigitalTrade.Model.Equilibrium;

/// <summary>
/// Exact full-endowment general equilibrium by hat algebra (gravity-methods.md §5.3): endowments
/// and φ_j = E_j/Y_j fixed, factory-gate prices p̂ clear every market, world expenditure is
/// rescaled to world income (κ closure) and the reference country's inward resistance is the
/// numeraire (P̂_ref = 1). The same model as ge_gravity's multiplicative closure with another numeraire.
/// </summary>
public static class FullEndowmentEquilibrium
{
    /// <summary>How many past updates Anderson mixing combines.</summary>
    private const int Depth = 5;

    /// <summary>Stop at max|Δp̂/p̂| below 1e-13, give up after 10,000 updates.</summary>
    public static SolverParameters DefaultSolver { get; } = new() { Tolerance = 1e-13, MaxIterations = 10_000 };

    /// <summary>
    /// Solves for p̂ by p̂_i ← p̂_i·(Σ_j X'_ij / (p̂_i Y_i))^(1/σ), rescaled each step so that P̂_ref = 1,
    /// accelerated by Anderson mixing of the last updates (Walker and Ni 2011); the stopping rule is on the
    /// plain update at the returned prices, so the answer is the same fixed point to the tolerance.
    /// Throws <see cref="ModelConvergenceException"/> if the tolerance is not met.
    /// </summary>
    /// <param name="baselineFlows">Baseline flows X (n×n, exporters in rows, domestic on the diagonal).</param>
    /// <param name="costChange">τ = t_CFL/t_BLN in the t^(1−σ) power form.</param>
    /// <param name="sigma">Elasticity of substitution σ &gt; 1.</param>
    /// <param name="reference">Index of the numeraire country.</param>
    /// <param name="solver">Tolerance on max|Δp̂/p̂| and iteration cap; <see cref="DefaultSolver"/> when null.</param>
    /// <param name="endowmentChange">Q̂_i, the change of each country's endowment (1 everywhere when null); real GDP then includes it.</param>
    public static FullEndowmentResult Solve(
        double[,] baselineFlows, double[,] costChange, double sigma, int reference, SolverParameters? solver = null, double[]? endowmentChange = null)
    {
        var n = FlowMatrix.CheckFlows(baselineFlows, nameof(baselineFlows));
        FlowMatrix.CheckCosts(costChange, n, nameof(costChange));
        FlowMatrix.CheckModel(sigma, reference, n);
        solver ??= DefaultSolver;

        var system = HatSystem.Create(baselineFlows, costChange, sigma, reference, endowmentChange);
        var p = new double[n];
        Array.Fill(p, 1.0);
        var next = new double[n];
        system.Start(p);
        var accelerator = new AndersonMixing(n, Depth);
        var iterations = 0;
        var change = double.PositiveInfinity;
        while (iterations < solver.MaxIterations)
        {
            iterations++;
            system.Update(p, next);
            change = 0.0;
            for (var i = 0; i < n; i++)
            {
                var step = Math.Abs((next[i] / p[i]) - 1.0);
                change = double.IsNaN(step) ? double.NaN : Math.Max(change, step);
            }

            if (!(change >= solver.Tolerance))
            {
                (p, next) = (next, p);
                break;
            }

            // Anderson mixing on log prices: the next iterate combines the last few damped updates so as to
            // cancel their residuals; the damped update alone when the combination is not usable.
            if (accelerator.Mix(p, next))
            {
                system.Start(next); // the mixed prices need their own cached p̂^(1−σ)
            }

            (p, next) = (next, p);
        }

        if (!(change < solver.Tolerance))
        {
            throw new ModelConvergenceException(
                $"full-endowment equilibrium did not converge: max|Δp̂/p̂| = {change:G3} after {iterations} iterations (tolerance {solver.Tolerance:G3})");
        }

        return system.Assemble(p, iterations);
    }
}
