using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Trade;

namespace DigitalTrade.Model.Equilibrium.MultiSector;

/// <summary>
/// One general equilibrium for all sectors together, by exact hat algebra (Dekle, Eaton and Kortum 2008;
/// Caliendo and Parro 2015 without intermediate inputs): each country has one factor, mobile across
/// sectors, and spends its income (factor income, tariff revenue and its deficit) across sectors with
/// Cobb-Douglas shares; within a sector it buys from every origin with trade elasticity θ_k, and a pair's
/// trade in a sector takes its channels (e.g. conventional trade and e-commerce) with elasticity η_k.
/// Tariffs are taxes: they separate the buyer's price from the seller's and their revenue is the
/// importer's income. Equations in docs/model.md, "The equilibrium".
/// </summary>
public static class MultiSectorEquilibrium
{
    /// <summary>How many past updates Anderson mixing combines.</summary>
    private const int Depth = 5;

    /// <summary>Stop when every market clears to 1e-12 of its factor income; give up after 10,000 updates.</summary>
    public static SolverParameters DefaultSolver { get; } = new() { Tolerance = 1e-12, MaxIterations = 10_000 };

    /// <summary>
    /// Solves for the factor-price changes ŵ that clear every country's factor market. Throws
    /// <see cref="ModelConvergenceException"/> if the tolerance is not met.
    /// </summary>
    public static MultiSectorResult Solve(MultiSectorBaseline baseline, MultiSectorShock shock, SolverParameters? solver = null)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(shock);
        solver ??= DefaultSolver;
        var system = new MultiSectorEconomy(baseline, shock);
        var n = baseline.Countries;
        var w = new double[n];
        Array.Fill(w, 1.0);
        var next = new double[n];
        var accelerator = new AndersonMixing(n, Depth);
        var iterations = 0;
        var excess = system.Update(w, next);
        while (!(excess < solver.Tolerance))
        {
            if (iterations == solver.MaxIterations || double.IsNaN(excess))
            {
                throw new ModelConvergenceException(
                    $"multi-sector equilibrium did not converge: max excess demand {excess:G3} of factor income after {iterations} updates (tolerance {solver.Tolerance:G3})");
            }

            iterations++;
            if (accelerator.Mix(w, next))
            {
                system.Normalise(next);
            }

            (w, next) = (next, w);
            excess = system.Update(w, next);
        }

        return system.Assemble(w, iterations, excess);
    }
}
