using DigitalTrade.Model.Equilibrium;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Trade;

namespace DigitalTrade.Model.Tests.Equilibrium;

/// <summary>
/// The exact hat-algebra solver of gravity-methods.md §5.3 on <see cref="SmallEconomy"/>. It stops at
/// max|Δp̂/p̂| &lt; 1e-13; identities are asserted to 1e-10, comparisons with other solvers to 1e-9.
/// </summary>
public sealed class FullEndowmentEquilibriumTests
{
    private const int Reference = 1;

    private static FullEndowmentResult Solve(double[,] tau, int reference = Reference) =>
        FullEndowmentEquilibrium.Solve(SmallEconomy.Flows, tau, SmallEconomy.Sigma, reference);

    [Fact]
    public void A_zero_shock_changes_no_price_resistance_flow_or_index()
    {
        var r = Solve(SmallEconomy.Ones(4));
        var x = SmallEconomy.Flows;

        for (var i = 0; i < 4; i++)
        {
            SmallEconomy.Near(1.0, r.PriceChange[i], 1e-13, $"p̂[{i}]");
            SmallEconomy.Near(1.0, r.InwardResistanceIndex[i], 1e-13, $"P̂[{i}]");
            SmallEconomy.Near(1.0, r.OutwardResistanceIndex[i], 1e-13, $"OMR[{i}]");
            SmallEconomy.Near(1.0, r.RealGdpChange[i], 1e-13, $"real GDP[{i}]");
            SmallEconomy.Near(1.0, r.ExportsChange[i], 1e-13, $"exports[{i}]");
            for (var j = 0; j < 4; j++)
            {
                SmallEconomy.Near(x[i, j], r.Flows[i, j], 1e-13, $"X'[{i},{j}]");
            }
        }

        SmallEconomy.Near(1.0, r.Kappa, 1e-13, "κ");
    }

    [Fact]
    public void The_reference_country_inward_resistance_is_the_numeraire()
    {
        var r = Solve(SmallEconomy.Shock);

        SmallEconomy.Near(1.0, r.InwardResistanceChange[Reference], 1e-13, "P̂_ref^(1−σ)");
        SmallEconomy.Near(1.0, r.InwardResistanceIndex[Reference], 1e-13, "P̂_ref");
    }

    [Fact]
    public void Every_market_clears_at_the_solution()
    {
        var r = Solve(SmallEconomy.Shock);
        var y = SmallEconomy.RowSums(SmallEconomy.Flows);

        for (var i = 0; i < 4; i++)
        {
            var sales = Enumerable.Range(0, 4).Sum(j => r.Flows[i, j]);
            SmallEconomy.Near(r.PriceChange[i] * y[i], sales, 1e-10, $"clearing of {i}");
            SmallEconomy.Near(r.PriceChange[i] * y[i], r.Output[i], 1e-15, $"Y'[{i}]");
        }

        Assert.True(r.MaxResidual < 1e-10, $"residual {r.MaxResidual:G3}");
    }

    [Fact]
    public void Kappa_makes_world_expenditure_equal_world_income_and_expenditure_the_column_sums()
    {
        var r = Solve(SmallEconomy.Shock);
        var y = SmallEconomy.RowSums(SmallEconomy.Flows);
        var e = SmallEconomy.ColumnSums(SmallEconomy.Flows);

        SmallEconomy.Near(r.Output.Sum(), r.Expenditure.Sum(), 1e-12, "Σ E' = Σ Y'");
        var before = Enumerable.Range(0, 4).Sum(j => e[j] / y[j] * r.PriceChange[j] * y[j]);
        SmallEconomy.Near(r.Output.Sum() / before, r.Kappa, 1e-13, "κ");
        Assert.NotEqual(1.0, r.Kappa, 6);
        for (var j = 0; j < 4; j++)
        {
            SmallEconomy.Near(r.Expenditure[j], Enumerable.Range(0, 4).Sum(i => r.Flows[i, j]), 1e-12, $"E'[{j}]");
            SmallEconomy.Near(r.Kappa * e[j] / y[j] * r.PriceChange[j] * y[j], r.Expenditure[j], 1e-13, $"E'[{j}] = κ φ p̂ Y");
        }
    }

    [Fact]
    public void Real_gdp_does_not_depend_on_the_numeraire()
    {
        var one = Solve(SmallEconomy.Shock, reference: 1);
        var other = Solve(SmallEconomy.Shock, reference: 3);

        Assert.NotEqual(one.PriceChange[0], other.PriceChange[0], 6);
        for (var i = 0; i < 4; i++)
        {
            SmallEconomy.Near(one.RealGdpChange[i], other.RealGdpChange[i], 1e-10, $"real GDP[{i}]");
            SmallEconomy.Near(one.PriceChange[i] / one.PriceChange[0], other.PriceChange[i] / other.PriceChange[0], 1e-10, $"relative price {i}");
        }
    }

    [Fact]
    public void Agrees_with_an_independent_newton_solve_of_the_same_system()
    {
        foreach (var reference in new[] { 0, 1, 3 })
        {
            var expected = NewtonFullEndowment.Solve(SmallEconomy.Flows, SmallEconomy.Shock, SmallEconomy.Sigma, reference);
            var r = Solve(SmallEconomy.Shock, reference);

            Assert.True(NewtonFullEndowment.Residuals(SmallEconomy.Flows, SmallEconomy.Shock, SmallEconomy.Sigma, reference, [.. expected.Select(p => Math.Log(p))]).Max(Math.Abs) < 1e-13);
            for (var i = 0; i < 4; i++)
            {
                SmallEconomy.Near(expected[i], r.PriceChange[i], 1e-9, $"p̂[{i}] with reference {reference}");
            }
        }
    }

    [Fact]
    public void Real_gdp_agrees_with_ge_gravity_multiplicative_closure_to_round_off()
    {
        var exact = Solve(SmallEconomy.Shock);
        var zylkin = GeGravity.Solve(
            SmallEconomy.Flows, SmallEconomy.Shock, SmallEconomy.Sigma - 1.0, ImbalanceClosure.Multiplicative, new SolverParameters { Tolerance = 1e-13 });

        for (var i = 0; i < 4; i++)
        {
            SmallEconomy.Near(exact.RealGdpChange[i], zylkin.RealWage[i], 1e-9, $"real GDP[{i}]");
            SmallEconomy.Near(exact.PriceChange[i] / exact.PriceChange[0], zylkin.NominalWage[i] / zylkin.NominalWage[0], 1e-9, $"relative price {i}");
        }
    }

    [Fact]
    public void Outward_resistance_as_the_code_defines_it_is_p_hat_to_sigma_over_one_minus_sigma_at_the_solution()
    {
        var r = Solve(SmallEconomy.Shock);

        for (var i = 0; i < 4; i++)
        {
            SmallEconomy.Near(Math.Pow(r.PriceChange[i], SmallEconomy.Sigma / (1 - SmallEconomy.Sigma)), r.OutwardResistanceIndex[i], 1e-10, $"OMR[{i}]");
        }
    }

    [Fact]
    public void Results_do_not_change_when_trade_costs_are_rescaled_by_exporter_and_importer_terms()
    {
        var y = SmallEconomy.RowSums(SmallEconomy.Flows);
        var e = SmallEconomy.ColumnSums(SmallEconomy.Flows);
        var tBaseline = SmallEconomy.Rescaled(SmallEconomy.Ones(4));
        var tCounterfactual = new double[4, 4];
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                tBaseline[i, j] /= Math.Exp(0.7 * i) * (1 + (0.3 * ((i + (2 * j)) % 3)));
                tCounterfactual[i, j] = tBaseline[i, j] * SmallEconomy.Shock[i, j];
            }
        }

        ExactCounterfactualResult Run(double[,] tb, double[,] tc)
        {
            var baseline = ConditionalEquilibrium.Solve(tb, y, e, Reference, new SolverParameters { Tolerance = 1e-14 }).Flows;
            var tau = new double[4, 4];
            for (var i = 0; i < 4; i++)
            {
                for (var j = 0; j < 4; j++)
                {
                    tau[i, j] = tc[i, j] / tb[i, j];
                }
            }

            return ExactCounterfactual.Solve(baseline, tau, SmallEconomy.Sigma, Reference);
        }

        var plain = GeIndexes.PercentChanges(Run(tBaseline, tCounterfactual));
        var scaled = GeIndexes.PercentChanges(Run(SmallEconomy.Rescaled(tBaseline), SmallEconomy.Rescaled(tCounterfactual)));
        GeAssert.SameTable(plain, scaled, 1e-9);
    }

    [Fact]
    public void Gives_up_with_a_convergence_error_when_the_iteration_cap_is_reached()
    {
        Assert.Throws<ModelConvergenceException>(() =>
            FullEndowmentEquilibrium.Solve(SmallEconomy.Flows, SmallEconomy.Shock, SmallEconomy.Sigma, Reference, new SolverParameters { Tolerance = 1e-13, MaxIterations = 3 }));
    }

    [Fact]
    public void Rejects_malformed_input()
    {
        Assert.Throws<ArgumentException>(() => FullEndowmentEquilibrium.Solve(new double[2, 3], SmallEconomy.Ones(2), 5, 0));
        Assert.Throws<ArgumentException>(() => FullEndowmentEquilibrium.Solve(SmallEconomy.Flows, SmallEconomy.Ones(3), 5, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => FullEndowmentEquilibrium.Solve(SmallEconomy.Flows, SmallEconomy.Shock, 1.0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => FullEndowmentEquilibrium.Solve(SmallEconomy.Flows, SmallEconomy.Shock, 5, 4));
    }
}
