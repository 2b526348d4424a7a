using DigitalTrade.Model.Equilibrium;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Trade;

namespace DigitalTrade.Model.Tests.Equilibrium;

/// <summary>
/// The book's iterative procedure (gravity-methods.md §5.2) on a small economy whose baseline is a
/// gravity fit: t_BLN from country terms and a border, t_CFL with the border halved in cost.
/// </summary>
public sealed class AgtpaProcedureTests
{
    private const int Reference = 2;
    private const double Sigma = 7.0;

    private static readonly double[,] BaseCosts =
    {
        { 1.00, 0.20, 0.05, 0.10 },
        { 0.15, 1.00, 0.30, 0.02 },
        { 0.04, 0.25, 1.00, 0.08 },
        { 0.12, 0.03, 0.09, 1.00 },
    };

    private static double[,] Counterfactual(double[,] t)
    {
        var c = (double[,])t.Clone();
        c[0, 1] *= 3.0;
        c[1, 0] *= 3.0;
        c[2, 3] *= 0.5;
        return c;
    }

    private static double[,] Baseline(double[,] t) =>
        ConditionalEquilibrium.Solve(t, [100.0, 40.0, 25.0, 10.0], [80.0, 55.0, 30.0, 10.0], Reference, new SolverParameters { Tolerance = 1e-14 }).Flows;

    [Fact]
    public void A_zero_shock_gives_no_change_after_the_two_rounds_the_rule_always_runs()
    {
        var r = AgtpaProcedure.Run(Baseline(BaseCosts), BaseCosts, BaseCosts, Sigma, Reference);

        Assert.Equal(2, r.Iterations);
        Assert.True(GeAssert.Largest(GeIndexes.PercentChanges(r)) < 1e-9);
        Assert.Equal(1.0, r.Rounds[0].Mean, 12);
    }

    [Fact]
    public void The_reference_country_inward_resistance_does_not_move()
    {
        var r = GeIndexes.PercentChanges(AgtpaProcedure.Run(Baseline(BaseCosts), BaseCosts, Counterfactual(BaseCosts), Sigma, Reference));

        Assert.Equal(0.0, r[Reference].ImrCdlPct, 12);
        Assert.Equal(0.0, r[Reference].ImrFullPct, 12);
    }

    [Fact]
    public void Results_do_not_change_when_both_cost_matrices_are_rescaled_by_exporter_and_importer_terms()
    {
        var plain = AgtpaProcedure.Run(Baseline(BaseCosts), BaseCosts, Counterfactual(BaseCosts), Sigma, Reference);
        var scaledBase = SmallEconomy.Rescaled(BaseCosts);
        var scaled = AgtpaProcedure.Run(Baseline(scaledBase), scaledBase, SmallEconomy.Rescaled(Counterfactual(BaseCosts)), Sigma, Reference);

        Assert.Equal(plain.Iterations, scaled.Iterations);
        GeAssert.SameTable(GeIndexes.PercentChanges(plain), GeIndexes.PercentChanges(scaled), 1e-9);
    }

    [Fact]
    public void Its_conditional_columns_are_the_exact_conditional_equilibrium()
    {
        var x = Baseline(BaseCosts);
        var cfl = Counterfactual(BaseCosts);
        var tau = new double[4, 4];
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                tau[i, j] = cfl[i, j] / BaseCosts[i, j];
            }
        }

        var book = GeIndexes.PercentChanges(AgtpaProcedure.Run(x, BaseCosts, cfl, Sigma, Reference));
        var exact = GeIndexes.PercentChanges(ExactCounterfactual.Solve(x, tau, Sigma, Reference));

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(exact[i].ExportsCdlPct, book[i].ExportsCdlPct, 9);
            Assert.Equal(exact[i].ImrCdlPct, book[i].ImrCdlPct, 9);
            Assert.Equal(exact[i].OmrCdlPct, book[i].OmrCdlPct, 9);
        }
    }

    [Fact]
    public void Full_endowment_quantities_follow_the_do_file_definitions()
    {
        var cfl = Counterfactual(BaseCosts);
        var r = AgtpaProcedure.Run(Baseline(BaseCosts), BaseCosts, cfl, Sigma, Reference);
        var phi = r.Baseline.Expenditure.Zip(r.Baseline.Output, (e, y) => e / y).ToArray();
        var eR = r.Last.Expenditure[Reference];

        for (var i = 0; i < 4; i++)
        {
            var price = Math.Pow(r.Last.ExporterEffect[i] / r.Baseline.ExporterEffect[i] / (eR / r.Baseline.Expenditure[Reference]), 1 / (1 - Sigma));
            SmallEconomy.Near(price, r.Full.PriceChange[i], 1e-14, $"p̂[{i}]");
            SmallEconomy.Near(phi[i] * price * r.Baseline.Output[i], r.Full.Expenditure[i], 1e-14, $"E^F[{i}]");
            SmallEconomy.Near(r.Last.Expenditure[i] / (r.Last.ImporterEffect[i] * eR), r.Full.InwardResistance[i], 1e-14, $"IMR^F[{i}]");
            for (var j = 0; j < 4; j++)
            {
                var x = r.Full.Output[i] * r.Full.Expenditure[j] * cfl[i, j] / (r.Full.InwardResistance[j] * r.Full.OutwardResistance[i]);
                SmallEconomy.Near(x, r.Full.Flows[i, j], 1e-14, $"X^F[{i},{j}]");
            }
        }
    }

    [Fact]
    public void The_stopping_statistics_repeat_each_exporter_over_its_row_and_use_the_signed_maximum()
    {
        var round = AgtpaStoppingRule.Summarize(7, [0.0, 0.004, -0.5]);

        // Nine observations: each value three times; sd with denominator 9 − 1.
        var mean = -0.496 / 3;
        var squares = 3 * (Math.Pow(0.0 - mean, 2) + Math.Pow(0.004 - mean, 2) + Math.Pow(-0.5 - mean, 2));
        Assert.Equal(mean, round.Mean, 15);
        Assert.Equal(Math.Sqrt(squares / 8), round.StandardDeviation, 15);
        Assert.Equal(0.004, round.Max);
        Assert.Equal(-0.5, round.Min);
        Assert.False(AgtpaStoppingRule.Continues(round with { StandardDeviation = 0.009 }, 0.01), "a large negative minimum must not keep the loop going");
        Assert.True(AgtpaStoppingRule.Continues(round with { StandardDeviation = 0.009, Max = -0.02 }, 0.01), "|max| counts when max itself is negative");
        Assert.True(AgtpaStoppingRule.Continues(round, 0.01));
    }
}
