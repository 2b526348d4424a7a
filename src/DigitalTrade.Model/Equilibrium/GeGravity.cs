using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Trade;

namespace DigitalTrade.Model.Equilibrium;

/// <summary>
/// Zylkin's ge_gravity fixed point as in its R port (gravity-methods.md §7): one-sector
/// Armington-CES with trade elasticity θ = σ − 1 and world output as the numeraire.
/// </summary>
public static class GeGravity
{
    /// <summary>ge_gravity's stopping rule: max |ln X' − ln X'_prev| ≤ 1e-8.</summary>
    public static SolverParameters DefaultSolver { get; } = new() { Tolerance = 1e-8, MaxIterations = 1_000_000 };

    /// <summary>
    /// Iterates ŵ, P̂, E', X' from ŵ = P̂ = 1, E' = E until the log flows stop moving. Throws
    /// <see cref="ModelConvergenceException"/> after <see cref="SolverParameters.MaxIterations"/>.
    /// </summary>
    /// <param name="flows">Baseline flows including domestic sales (n×n, exporters in rows).</param>
    /// <param name="partialEffect">B_ij = exp(β·Δ) (the t^(1−σ) change; 1 on the diagonal).</param>
    /// <param name="theta">Trade elasticity θ &gt; 0.</param>
    /// <param name="closure">How imbalances are held.</param>
    /// <param name="solver">Tolerance on max |Δ ln X'|; <see cref="DefaultSolver"/> when null.</param>
    public static GeGravityResult Solve(double[,] flows, double[,] partialEffect, double theta, ImbalanceClosure closure, SolverParameters? solver = null)
    {
        var n = FlowMatrix.CheckFlows(flows, nameof(flows));
        FlowMatrix.CheckCosts(partialEffect, n, nameof(partialEffect));
        if (!(theta > 0) || double.IsInfinity(theta))
        {
            throw new ArgumentOutOfRangeException(nameof(theta), theta, "the trade elasticity must be finite and positive");
        }

        solver ??= DefaultSolver;
        var y = FlowMatrix.RowSums(flows);
        var e = FlowMatrix.ColumnSums(flows);
        var worldOutput = y.Sum();
        var shares = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                shares[(i * n) + j] = e[j] > 0 ? flows[i, j] / e[j] * partialEffect[i, j] : 0.0;
            }
        }

        var w = new double[n];
        var inward = new double[n];
        var spend = (double[])e.Clone();
        Array.Fill(w, 1.0);
        Array.Fill(inward, 1.0);
        var current = (double[,])flows.Clone();
        var last = new double[n, n];
        var iterations = 0;
        var change = double.PositiveInfinity;
        while (!(change <= solver.Tolerance))
        {
            if (iterations == solver.MaxIterations)
            {
                throw new ModelConvergenceException(
                    $"ge_gravity did not converge: max|Δ ln X'| = {change:G3} after {iterations} iterations (tolerance {solver.Tolerance:G3})");
            }

            iterations++;
            (last, current) = (current, last);
            Step(shares, y, e, worldOutput, theta, closure, w, inward, spend);
            change = Flows(shares, w, inward, spend, theta, current, last);
        }

        var priceIndex = new double[n];
        var realWage = new double[n];
        var welfare = new double[n];
        for (var k = 0; k < n; k++)
        {
            priceIndex[k] = Math.Pow(inward[k], -1.0 / theta);
            realWage[k] = w[k] / priceIndex[k];
            welfare[k] = closure == ImbalanceClosure.Multiplicative
                ? realWage[k]
                : (y[k] * w[k] + e[k] - y[k]) / e[k] / priceIndex[k];
        }

        return new GeGravityResult(current, w, inward, priceIndex, realWage, welfare, spend, iterations, change);
    }

    /// <summary>One pass of steps 1–4: ŵ from the current E' and P̂, the numeraire, P̂, then E'.</summary>
    private static void Step(
        double[] shares, double[] y, double[] e, double worldOutput, double theta, ImbalanceClosure closure, double[] w, double[] inward, double[] spend)
    {
        var n = y.Length;
        var scaled = 0.0;
        for (var i = 0; i < n; i++)
        {
            var sum = 0.0;
            var row = i * n;
            for (var j = 0; j < n; j++)
            {
                if (inward[j] > 0)
                {
                    sum += shares[row + j] * spend[j] / inward[j];
                }
            }

            w[i] = y[i] > 0 ? Math.Pow(sum / y[i], 1.0 / (1.0 + theta)) : 1.0;
            scaled += y[i] * w[i];
        }

        var numeraire = worldOutput / scaled;
        Array.Clear(inward);
        for (var i = 0; i < n; i++)
        {
            w[i] *= numeraire;
            var pushed = Math.Pow(w[i], -theta);
            var row = i * n;
            for (var j = 0; j < n; j++)
            {
                inward[j] += shares[row + j] * pushed;
            }
        }

        for (var j = 0; j < n; j++)
        {
            spend[j] = closure == ImbalanceClosure.Multiplicative ? e[j] * w[j] : (y[j] * w[j]) + e[j] - y[j];
        }
    }

    /// <summary>Writes X' into <paramref name="flows"/> and returns max |ln X' − ln X_prev| over positive flows.</summary>
    private static double Flows(double[] shares, double[] w, double[] inward, double[] spend, double theta, double[,] flows, double[,] previous)
    {
        var n = w.Length;
        var change = 0.0;
        for (var i = 0; i < n; i++)
        {
            var pushed = Math.Pow(w[i], -theta);
            var row = i * n;
            for (var j = 0; j < n; j++)
            {
                var x = inward[j] > 0 ? shares[row + j] * pushed / inward[j] * spend[j] : 0.0;
                flows[i, j] = x;
                var old = previous[i, j];
                if (x > 0 || old > 0)
                {
                    // A flow that appears or vanishes keeps the loop going, as ln 0 does in ge_gravity.
                    change = Math.Max(change, x > 0 && old > 0 ? Math.Abs(Math.Log(x) - Math.Log(old)) : double.PositiveInfinity);
                }
            }
        }

        return change;
    }
}
