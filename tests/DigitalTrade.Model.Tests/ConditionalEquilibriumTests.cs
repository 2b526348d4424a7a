using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Trade;

namespace DigitalTrade.Model.Tests;

/// <summary>
/// The RAS solver of gravity-methods.md §5.1. The solver stops when every row sum is within
/// 1e-12 of Y_i (default tolerance), and columns are exact after each b update up to round-off,
/// so margins and identities are asserted to 1e-10 relative: two orders above the stopping rule.
/// </summary>
public sealed class ConditionalEquilibriumTests
{
    private const double Tight = 1e-10;
    private const int Reference = 1;

    private static readonly double[,] Costs =
    {
        { 1.00, 0.20, 0.05, 0.10 },
        { 0.15, 1.00, 0.30, 0.02 },
        { 0.04, 0.25, 1.00, 0.08 },
        { 0.12, 0.03, 0.09, 1.00 },
    };

    private static readonly double[] Output = [100.0, 40.0, 25.0, 10.0];
    private static readonly double[] Expenditure = [80.0, 55.0, 30.0, 10.0];

    private static SectorEquilibrium Solve(double[,] t, double[] y, double[] e) =>
        ConditionalEquilibrium.Solve(t, y, e, Reference, new SolverParameters());

    [Fact]
    public void Fitted_flows_add_up_to_every_output_and_every_expenditure()
    {
        var eq = Solve(Costs, Output, Expenditure);

        for (var i = 0; i < Output.Length; i++)
        {
            var row = Enumerable.Range(0, Output.Length).Sum(j => eq.Flows[i, j]);
            var column = Enumerable.Range(0, Output.Length).Sum(j => eq.Flows[j, i]);
            TestWorld.AssertRelative(Output[i], row, Tight, $"row sum {i}");
            TestWorld.AssertRelative(Expenditure[i], column, Tight, $"column sum {i}");
        }
    }

    [Fact]
    public void Reference_country_has_importer_effect_and_inward_resistance_of_exactly_one()
    {
        var eq = Solve(Costs, Output, Expenditure);

        Assert.Equal(1.0, eq.ImporterEffect[Reference]);
        Assert.Equal(1.0, eq.InwardResistance[Reference]);
    }

    [Fact]
    public void Costless_trade_gives_the_frictionless_gravity_flows()
    {
        var ones = new double[4, 4];
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                ones[i, j] = 1.0;
            }
        }

        var eq = Solve(ones, Output, Expenditure);

        var world = Output.Sum();
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                TestWorld.AssertRelative(Output[i] * Expenditure[j] / world, eq.Flows[i, j], Tight, $"X[{i},{j}]");
            }
        }
    }

    [Fact]
    public void Symmetric_costs_with_output_equal_to_expenditure_give_symmetric_flows()
    {
        var t = (double[,])Costs.Clone();
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < i; j++)
            {
                t[j, i] = t[i, j];
            }
        }

        var eq = Solve(t, Output, Output);

        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < i; j++)
            {
                TestWorld.AssertRelative(eq.Flows[i, j], eq.Flows[j, i], Tight, $"X[{j},{i}] against X[{i},{j}]");
            }
        }
    }

    [Fact]
    public void Scaling_costs_by_exporter_and_importer_factors_leaves_every_flow_unchanged()
    {
        double[] u = [0.7, -1.2, 0.3, 2.0];
        double[] v = [-0.4, 0.9, 1.5, -2.2];
        var scaled = new double[4, 4];
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                scaled[i, j] = Costs[i, j] * Math.Exp(u[i] + v[j]);
            }
        }

        var baseline = Solve(Costs, Output, Expenditure);
        var shifted = Solve(scaled, Output, Expenditure);

        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                TestWorld.AssertRelative(baseline.Flows[i, j], shifted.Flows[i, j], Tight, $"X[{i},{j}]");
            }
        }
    }

    [Fact]
    public void Flows_satisfy_the_Anderson_van_Wincoop_gravity_equation_with_the_returned_resistances()
    {
        var eq = Solve(Costs, Output, Expenditure);

        var world = Output.Sum();
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                var gravity = Output[i] * Expenditure[j] / world * Costs[i, j] / (eq.OutwardResistance[i] * eq.InwardResistance[j]);
                TestWorld.AssertRelative(gravity, eq.Flows[i, j], Tight, $"X[{i},{j}]");
            }
        }
    }

    [Fact]
    public void Returned_resistances_solve_the_multilateral_resistance_equations()
    {
        // Π_i^(−θ) = Σ_j T_ij E_j / (Y P_j^(−θ)),  P_j^(−θ) = Σ_i T_ij Y_i / (Y Π_i^(−θ)).
        var eq = Solve(Costs, Output, Expenditure);

        var world = Output.Sum();
        for (var k = 0; k < 4; k++)
        {
            var outward = Enumerable.Range(0, 4).Sum(j => Costs[k, j] * Expenditure[j] / (world * eq.InwardResistance[j]));
            var inward = Enumerable.Range(0, 4).Sum(i => Costs[i, k] * Output[i] / (world * eq.OutwardResistance[i]));
            TestWorld.AssertRelative(outward, eq.OutwardResistance[k], Tight, $"Π^(−θ) of {k}");
            TestWorld.AssertRelative(inward, eq.InwardResistance[k], Tight, $"P^(−θ) of {k}");
        }
    }

    [Fact]
    public void Solver_reports_its_iterations_and_a_residual_within_tolerance()
    {
        var eq = Solve(Costs, Output, Expenditure);

        Assert.InRange(eq.Iterations, 2, new SolverParameters().MaxIterations);
        Assert.InRange(eq.MaxResidual, 0.0, new SolverParameters().Tolerance);
    }

    [Fact]
    public void Solver_that_runs_out_of_iterations_throws_instead_of_returning_a_result()
    {
        var solver = new SolverParameters { MaxIterations = 1, Tolerance = 1e-15 };

        var error = Assert.Throws<ModelConvergenceException>(() => ConditionalEquilibrium.Solve(Costs, Output, Expenditure, Reference, solver));
        Assert.Contains("after 1 iterations", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_square_costs_are_rejected() =>
        Assert.Throws<ArgumentException>(() => Solve(new double[4, 3], Output, Expenditure));

    [Fact]
    public void Costs_of_another_size_than_the_margins_are_rejected() =>
        Assert.Throws<ArgumentException>(() => Solve(new double[3, 3], Output, Expenditure));

    [Fact]
    public void Expenditures_of_another_length_than_outputs_are_rejected() =>
        Assert.Throws<ArgumentException>(() => Solve(Costs, Output, [80.0, 55.0, 40.0]));

    [Fact]
    public void A_reference_country_outside_the_world_is_rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ConditionalEquilibrium.Solve(Costs, Output, Expenditure, 4, new SolverParameters()));

    [Fact]
    public void A_country_with_zero_output_and_expenditure_trades_nothing_and_the_rest_still_balances()
    {
        // Zero output is legal input (scenario.schema.json allows an output share of 0, and
        // flows into and out of an empty economy are simply zero: its row and column of X vanish).
        // Fails today: RowResidual computes 0/0 = NaN for that row, Math.Max propagates NaN and the
        // solver throws ModelConvergenceException ("largest output residual NaN").
        double[] y = [100.0, 40.0, 0.0, 10.0];
        double[] e = [80.0, 55.0, 0.0, 15.0];

        var eq = Solve(Costs, y, e);

        for (var k = 0; k < 4; k++)
        {
            Assert.Equal(0.0, eq.Flows[2, k]);
            Assert.Equal(0.0, eq.Flows[k, 2]);
            TestWorld.AssertRelative(y[k], Enumerable.Range(0, 4).Sum(j => eq.Flows[k, j]), Tight, $"row sum {k}");
        }
    }
}
