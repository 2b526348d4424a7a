using DigitalTrade.Model.Equilibrium;
using DigitalTrade.Model.Parameters;
using Xunit.Abstractions;

namespace DigitalTrade.Model.Tests.Equilibrium;

/// <summary>
/// AGTPA application 1 against the book's own Stata log (TradeWithoutBorder.log, see
/// Fixtures/README.md): the fixed effects of the baseline and conditional PPML fits and the
/// convergence statistics of every round of the iterative procedure, each to its printed digits.
/// The per-country result table itself is published only as .xls/.dta (binary): no text source of
/// it was found, so the full-endowment columns are checked through the round statistics.
/// </summary>
public sealed class TradeWithoutBordersReplicationTests(ITestOutputHelper output)
{
    /// <summary>
    /// Slack beyond the printed rounding for a log fixed effect: the costs use the coefficients as
    /// printed (|Δβ| ≤ 5e-8, times ln DIST ≤ 10) and Stata's PPML stops at a deviance tolerance.
    /// </summary>
    private const double EffectSlack = 1e-6;

    /// <summary>Slack beyond the printed rounding for the round statistics of δ, for the same reasons.</summary>
    private const double RoundSlack = 2e-7;

    private static TradeWithoutBorders Data => TradeWithoutBorders.Data;

    [Fact]
    public void Baseline_and_conditional_fixed_effects_match_every_published_ppml_estimate()
    {
        var r = TradeWithoutBorders.BookResult;
        var rows = LogFixture.Rows("trade_without_borders_log_effects.csv");
        Assert.Equal(69, rows.Count);
        var worst = 0.0;
        foreach (var row in rows)
        {
            var i = Array.IndexOf(Data.Countries, row[0]);
            Check(row[2], r.Baseline.ExporterEffect[i], $"{row[0]} exporter effect, baseline");
            Check(row[4], r.Conditional.ExporterEffect[i], $"{row[0]} exporter effect, conditional");
            if (row[3] == "omitted")
            {
                Assert.Equal(Data.Reference, i);
                Assert.Equal(1.0, r.Baseline.ImporterEffect[i]);
                Assert.Equal(1.0, r.Conditional.ImporterEffect[i]);
                continue;
            }

            Check(row[3], r.Baseline.ImporterEffect[i], $"{row[0]} importer effect, baseline");
            Check(row[5], r.Conditional.ImporterEffect[i], $"{row[0]} importer effect, conditional");
        }

        output.WriteLine($"largest gap to the 274 printed fixed effects beyond their rounding: {worst:G3}");

        void Check(string printed, double effect, string what) =>
            worst = Math.Max(worst, LogFixture.Matches(printed, Math.Log(effect), EffectSlack, what));
    }

    [Fact]
    public void The_procedure_runs_the_five_published_rounds_with_the_published_statistics()
    {
        var r = TradeWithoutBorders.BookResult;
        var rows = LogFixture.Rows("trade_without_borders_log_rounds.csv");

        Assert.Equal(rows.Count, r.Iterations);
        var worst = 0.0;
        for (var k = 0; k < rows.Count; k++)
        {
            var round = r.Rounds[k];
            output.WriteLine($"round {round.Step}: mean {round.Mean:R} sd {round.StandardDeviation:R} min {round.Min:R} max {round.Max:R}");
            Assert.Equal(k + 2, round.Step);
            worst = Math.Max(worst, LogFixture.Matches(rows[k][1], round.Mean, RoundSlack, $"iteration {rows[k][0]} mean"));
            worst = Math.Max(worst, LogFixture.Matches(rows[k][2], round.StandardDeviation, RoundSlack, $"iteration {rows[k][0]} sd"));
            worst = Math.Max(worst, LogFixture.Matches(rows[k][3], round.Min, RoundSlack, $"iteration {rows[k][0]} min"));
            worst = Math.Max(worst, LogFixture.Matches(rows[k][4], round.Max, RoundSlack, $"iteration {rows[k][0]} max"));
        }

        output.WriteLine($"largest gap to the 20 printed statistics beyond their rounding: {worst:G3}");
    }

    [Fact]
    public void Conditional_resistance_columns_match_those_implied_by_the_published_fixed_effects()
    {
        var table = GeIndexes.PercentChanges(TradeWithoutBorders.BookResult);
        var toIndex = 1.0 / (1.0 - TradeWithoutBorders.Sigma);
        var worst = 0.0;
        foreach (var row in LogFixture.Rows("trade_without_borders_log_effects.csv"))
        {
            var i = Array.IndexOf(Data.Countries, row[0]);
            var (pi0, piHalf0) = LogFixture.Parse(row[2]);
            var (pi1, piHalf1) = LogFixture.Parse(row[4]);
            var omr = 100 * (Math.Exp((pi0 - pi1) * toIndex) - 1);
            var omrTolerance = 100 * Math.Exp((pi0 - pi1) * toIndex) * (piHalf0 + piHalf1 + (2 * EffectSlack)) * -toIndex;
            Assert.True(Math.Abs(omr - table[i].OmrCdlPct) <= omrTolerance, $"{row[0]} omr_cdl_pct {table[i].OmrCdlPct:R} vs {omr:R} from the log");
            worst = Math.Max(worst, Math.Abs(omr - table[i].OmrCdlPct));
            if (row[3] != "omitted")
            {
                var (chi0, chiHalf0) = LogFixture.Parse(row[3]);
                var (chi1, chiHalf1) = LogFixture.Parse(row[5]);
                var imr = 100 * (Math.Exp((chi0 - chi1) * toIndex) - 1);
                var imrTolerance = 100 * Math.Exp((chi0 - chi1) * toIndex) * (chiHalf0 + chiHalf1 + (2 * EffectSlack)) * -toIndex;
                Assert.True(Math.Abs(imr - table[i].ImrCdlPct) <= imrTolerance, $"{row[0]} imr_cdl_pct {table[i].ImrCdlPct:R} vs {imr:R} from the log");
                worst = Math.Max(worst, Math.Abs(imr - table[i].ImrCdlPct));
            }
        }

        output.WriteLine($"largest gap to the log-implied conditional IMR/OMR changes: {worst:G3} percentage points");
    }

    [Fact]
    public void The_exact_solver_clears_every_market_and_shares_the_conditional_columns_with_the_book()
    {
        var exact = ExactCounterfactual.Solve(Data.BaselineFlows, Data.CostChange, TradeWithoutBorders.Sigma, Data.Reference);
        var exactTable = GeIndexes.PercentChanges(exact);
        var bookTable = GeIndexes.PercentChanges(TradeWithoutBorders.BookResult);

        Assert.True(exact.Full.MaxResidual < 1e-10, $"market clearing residual {exact.Full.MaxResidual:G3}");
        SmallEconomy.Near(exact.Full.Output.Sum(), exact.Full.Expenditure.Sum(), 1e-12, "Σ E' = Σ Y'");
        SmallEconomy.Near(1.0, exact.Full.InwardResistanceIndex[Data.Reference], 1e-13, "P̂_DEU");
        var gaps = new double[GeIndexes.Columns.Length];
        for (var i = 0; i < exactTable.Length; i++)
        {
            var e = GeAssert.Columns(exactTable[i]);
            var b = GeAssert.Columns(bookTable[i]);
            for (var c = 0; c < gaps.Length; c++)
            {
                gaps[c] = Math.Max(gaps[c], Math.Abs(e[c] - b[c]));
            }
        }

        for (var c = 0; c < gaps.Length; c++)
        {
            output.WriteLine($"{GeIndexes.Columns[c]}: largest |exact − book| = {gaps[c]:G4} percentage points");
        }

        Assert.True(gaps[0] < 1e-8 && gaps[3] < 1e-8 && gaps[5] < 1e-8, "conditional columns are exact in both");
        Assert.True(gaps[7] > 1e-3, "the book's procedure stops away from the exact equilibrium");
    }

    [Fact]
    public void Real_gdp_of_the_exact_solver_agrees_with_ge_gravity_multiplicative_closure()
    {
        var exact = FullEndowmentEquilibrium.Solve(Data.BaselineFlows, Data.CostChange, TradeWithoutBorders.Sigma, Data.Reference);
        var zylkin = GeGravity.Solve(
            Data.BaselineFlows, Data.CostChange, TradeWithoutBorders.Sigma - 1, ImbalanceClosure.Multiplicative, new SolverParameters { Tolerance = 1e-12 });

        for (var i = 0; i < Data.Countries.Length; i++)
        {
            SmallEconomy.Near(exact.RealGdpChange[i], zylkin.RealWage[i], 1e-9, $"real GDP of {Data.Countries[i]}");
        }
    }
}
