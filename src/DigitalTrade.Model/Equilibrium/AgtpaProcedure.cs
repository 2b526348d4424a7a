using System.Collections.Immutable;
using DigitalTrade.Model.Trade;

namespace DigitalTrade.Model.Equilibrium;

/// <summary>
/// The iterative GE-PPML procedure of the book's do-files (TradeWithoutBorder.do, RTAsEffects.do),
/// restated literally from gravity-methods.md §5.2 as a replication mode. Each PPML with exporter
/// and importer effects and an offset is the RAS of the offset to the dependent variable's margins
/// (b_ref = 1). It is not an exact solver: market clearing is never imposed inside the loop, and
/// its stopping rule is loose; use <see cref="ExactCounterfactual"/> for the simulator.
/// </summary>
public static class AgtpaProcedure
{
    /// <summary>
    /// Runs k = 0 (baseline fit), k = 1 (conditional fit) and rounds k = 2, 3, … until the stopping
    /// rule of <see cref="AgtpaStoppingRule"/> holds, then builds the full-endowment quantities.
    /// Throws <see cref="ModelConvergenceException"/> if a fit fails or after <see cref="AgtpaOptions.MaxRounds"/>.
    /// </summary>
    /// <param name="baselineFlows">Baseline fitted flows X̂_BLN; their row and column sums are Y and E.</param>
    /// <param name="tBaseline">t_BLN in the t^(1−σ) form.</param>
    /// <param name="tCounterfactual">t_CFL in the t^(1−σ) form.</param>
    /// <param name="sigma">Elasticity of substitution σ (7 in the book).</param>
    /// <param name="reference">Index of the reference country (DEU in the book).</param>
    /// <param name="options">Threshold, round cap and fit tolerance; the do-files' values when null.</param>
    public static AgtpaResult Run(double[,] baselineFlows, double[,] tBaseline, double[,] tCounterfactual, double sigma, int reference, AgtpaOptions? options = null)
    {
        var n = FlowMatrix.CheckFlows(baselineFlows, nameof(baselineFlows));
        FlowMatrix.CheckCosts(tBaseline, n, nameof(tBaseline));
        FlowMatrix.CheckCosts(tCounterfactual, n, nameof(tCounterfactual));
        FlowMatrix.CheckModel(sigma, reference, n);
        options ??= new AgtpaOptions();

        var y = FlowMatrix.RowSums(baselineFlows);
        var e = FlowMatrix.ColumnSums(baselineFlows);
        var phi = FlowMatrix.Ratio(e, y);
        var baseline = Fit(0, tBaseline, y, e, null, reference, options);
        var conditional = Fit(1, tCounterfactual, y, e, null, reference, options);

        var toIndex = 1.0 / (1.0 - sigma);
        var rhoBefore = new double[n];
        var rho = Increment(conditional, baseline, reference, toIndex);
        var outwardStep = Ones(n);
        var inwardStep = Ones(n);
        var previous = conditional;
        var rounds = ImmutableArray.CreateBuilder<AgtpaRound>();
        for (var k = 2; ; k++)
        {
            if (k - 1 > options.MaxRounds)
            {
                throw new ModelConvergenceException(
                    $"the AGTPA procedure did not meet its stopping rule after {options.MaxRounds} rounds (threshold {options.Threshold:G3})");
            }

            var target = Target(previous.Flows, rho, outwardStep, inwardStep);
            var fitted = Fit(k, tCounterfactual, FlowMatrix.RowSums(target), FlowMatrix.ColumnSums(target), phi, reference, options);
            var rhoNext = Increment(fitted, previous, reference, toIndex);
            outwardStep = FlowMatrix.Ratio(fitted.OutwardResistance, previous.OutwardResistance);
            inwardStep = FlowMatrix.Ratio(fitted.InwardResistance, previous.InwardResistance);

            // The do-file tests the previous two increments, ρ^{k−1} − ρ^{k−2}, not ρ^k.
            var delta = new double[n];
            for (var i = 0; i < n; i++)
            {
                delta[i] = rho[i] - rhoBefore[i];
            }

            var round = AgtpaStoppingRule.Summarize(k, delta);
            rounds.Add(round);
            (rhoBefore, rho, previous) = (rho, rhoNext, fitted);
            if (!AgtpaStoppingRule.Continues(round, options.Threshold))
            {
                break;
            }
        }

        var full = AgtpaFinal.Build(baseline, previous, tCounterfactual, phi, sigma, reference);
        return new AgtpaResult(baseline, conditional, previous, full, rounds.ToImmutable(), AgtpaFinal.Ratios(baseline, conditional, full, sigma));
    }

    /// <summary>D_ij = X̂^{k−1}_ij ρ_i ρ_j / (ΔOMR_i ΔIMR_j), with ρ_j the importer's own exporter value.</summary>
    private static double[,] Target(double[,] flows, double[] rho, double[] outwardStep, double[] inwardStep)
    {
        var n = rho.Length;
        var target = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                target[i, j] = flows[i, j] * rho[i] * rho[j] / (outwardStep[i] * inwardStep[j]);
            }
        }

        return target;
    }

    /// <summary>ρ^k = [(a^k / a^{k−1}) / (E_R^k / E_R^{k−1})]^(1/(1−σ)).</summary>
    private static double[] Increment(AgtpaState current, AgtpaState previous, int reference, double toIndex)
    {
        var n = current.ExporterEffect.Length;
        var scale = current.ReferenceExpenditure(reference) / previous.ReferenceExpenditure(reference);
        var rho = new double[n];
        for (var i = 0; i < n; i++)
        {
            rho[i] = Math.Pow(current.ExporterEffect[i] / previous.ExporterEffect[i] / scale, toIndex);
        }

        return rho;
    }

    /// <summary>
    /// The PPML of step k as a RAS of t to the margins (b_ref = 1). At k = 0, 1 (<paramref name="phi"/>
    /// null) Y^k and E^k are the baseline's; from k = 2, Y^k are the fitted row sums and E^k = φ Y^k.
    /// </summary>
    private static AgtpaState Fit(int step, double[,] t, double[] rows, double[] columns, double[]? phi, int reference, AgtpaOptions options)
    {
        var fit = ConditionalEquilibrium.Solve(t, rows, columns, reference, options.Fit);
        var n = rows.Length;
        double[] output = rows, spend = columns;
        if (phi is not null)
        {
            output = FlowMatrix.RowSums(fit.Flows);
            spend = new double[n];
            for (var j = 0; j < n; j++)
            {
                spend[j] = phi[j] * output[j];
            }
        }

        var eR = spend[reference];
        var outward = new double[n];
        var inward = new double[n];
        for (var k = 0; k < n; k++)
        {
            outward[k] = output[k] * eR / fit.ExporterEffect[k];
            inward[k] = spend[k] / (fit.ImporterEffect[k] * eR);
        }

        return new AgtpaState(step, fit.Flows, fit.ExporterEffect, fit.ImporterEffect, output, spend, outward, inward);
    }

    private static double[] Ones(int n)
    {
        var ones = new double[n];
        Array.Fill(ones, 1.0);
        return ones;
    }
}
