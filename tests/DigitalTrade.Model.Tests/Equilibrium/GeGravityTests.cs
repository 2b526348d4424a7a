using DigitalTrade.Model.Equilibrium;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Trade;

namespace DigitalTrade.Model.Tests.Equilibrium;

/// <summary>The ge_gravity fixed point of gravity-methods.md §7 on <see cref="SmallEconomy"/> (θ = σ − 1).</summary>
public sealed class GeGravityTests
{
    private const double Theta = SmallEconomy.Sigma - 1.0;
    private static readonly SolverParameters Tight = new() { Tolerance = 1e-13 };

    [Theory]
    [InlineData(ImbalanceClosure.Additive)]
    [InlineData(ImbalanceClosure.Multiplicative)]
    public void A_zero_shock_leaves_every_flow_wage_and_welfare_unchanged(ImbalanceClosure closure)
    {
        var r = GeGravity.Solve(SmallEconomy.Flows, SmallEconomy.Ones(4), Theta, closure);
        var x = SmallEconomy.Flows;

        for (var i = 0; i < 4; i++)
        {
            SmallEconomy.Near(1.0, r.NominalWage[i], 1e-13, $"ŵ[{i}]");
            SmallEconomy.Near(1.0, r.InwardResistanceChange[i], 1e-13, $"P̂[{i}]");
            SmallEconomy.Near(1.0, r.Welfare[i], 1e-13, $"welfare[{i}]");
            for (var j = 0; j < 4; j++)
            {
                SmallEconomy.Near(x[i, j], r.Flows[i, j], 1e-13, $"X'[{i},{j}]");
            }
        }
    }

    [Theory]
    [InlineData(ImbalanceClosure.Additive)]
    [InlineData(ImbalanceClosure.Multiplicative)]
    public void World_output_is_the_numeraire(ImbalanceClosure closure)
    {
        var r = GeGravity.Solve(SmallEconomy.Flows, SmallEconomy.Shock, Theta, closure, Tight);
        var y = SmallEconomy.RowSums(SmallEconomy.Flows);

        SmallEconomy.Near(y.Sum(), Enumerable.Range(0, 4).Sum(i => y[i] * r.NominalWage[i]), 1e-13, "Σ Y ŵ");
    }

    [Fact]
    public void Additive_closure_holds_deficits_in_levels_and_clears_every_market()
    {
        var r = GeGravity.Solve(SmallEconomy.Flows, SmallEconomy.Shock, Theta, ImbalanceClosure.Additive, Tight);
        var y = SmallEconomy.RowSums(SmallEconomy.Flows);
        var e = SmallEconomy.ColumnSums(SmallEconomy.Flows);
        var sales = SmallEconomy.RowSums(r.Flows);
        var spending = SmallEconomy.ColumnSums(r.Flows);

        for (var i = 0; i < 4; i++)
        {
            SmallEconomy.Near(e[i] - y[i], r.Expenditure[i] - (y[i] * r.NominalWage[i]), 1e-12, $"D[{i}]");
            SmallEconomy.Near(y[i] * r.NominalWage[i], sales[i], 1e-10, $"clearing of {i}");
            SmallEconomy.Near(r.Expenditure[i], spending[i], 1e-12, $"E'[{i}]");
            var expected = (y[i] * r.NominalWage[i] + e[i] - y[i]) / e[i] / Math.Pow(r.InwardResistanceChange[i], -1 / Theta);
            SmallEconomy.Near(expected, r.Welfare[i], 1e-13, $"welfare[{i}]");
        }
    }

    [Fact]
    public void Multiplicative_closure_scales_expenditure_with_the_wage_and_welfare_is_the_real_wage()
    {
        var r = GeGravity.Solve(SmallEconomy.Flows, SmallEconomy.Shock, Theta, ImbalanceClosure.Multiplicative, Tight);
        var e = SmallEconomy.ColumnSums(SmallEconomy.Flows);

        for (var i = 0; i < 4; i++)
        {
            SmallEconomy.Near(e[i] * r.NominalWage[i], r.Expenditure[i], 1e-13, $"E'[{i}]");
            SmallEconomy.Near(r.NominalWage[i] / Math.Pow(r.InwardResistanceChange[i], -1 / Theta), r.Welfare[i], 1e-13, $"welfare[{i}]");
            Assert.Equal(r.RealWage[i], r.Welfare[i]);
        }
    }

    [Fact]
    public void The_default_stopping_rule_is_ge_gravity_s_1e_minus_8_on_log_flows()
    {
        var r = GeGravity.Solve(SmallEconomy.Flows, SmallEconomy.Shock, Theta, ImbalanceClosure.Additive);

        Assert.True(r.LastChange <= 1e-8 && r.Iterations > 5, $"{r.Iterations} iterations, last change {r.LastChange:G3}");
        Assert.Throws<ModelConvergenceException>(() =>
            GeGravity.Solve(SmallEconomy.Flows, SmallEconomy.Shock, Theta, ImbalanceClosure.Additive, new SolverParameters { Tolerance = 1e-8, MaxIterations = 2 }));
    }
}
