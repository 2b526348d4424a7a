using DigitalTrade.Model.Calibration;

namespace DigitalTrade.Model.Tests.Calibration;

/// <summary>RAS: margins met, zeros kept, a balanced seed left alone, seed scalings undone, bad inputs refused.</summary>
public sealed class RasTests
{
    private static readonly double[,] Seed =
    {
        { 0, 4, 1, 10 },
        { 3, 0, 0, 5 },
        { 2, 1, 0, 7 },
        { 9, 6, 3, 50 },
    };

    private static readonly double[] Rows = [20, 10, 12, 78];
    private static readonly double[] Columns = [16, 14, 5, 85];

    [Fact]
    public void Ras_hits_its_row_and_column_margins()
    {
        var result = Ras.Balance(Seed, Rows, Columns, 1e-12, 10_000);

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(Rows[i], Enumerable.Range(0, 4).Sum(j => result.Matrix[i, j]), 9);
            Assert.Equal(Columns[i], Enumerable.Range(0, 4).Sum(k => result.Matrix[k, i]), 9);
        }

        Assert.True(result.LargestGap <= 1e-12);
    }

    [Fact]
    public void Ras_keeps_the_zeros_of_its_seed_and_the_sign_of_every_other_cell()
    {
        var result = Ras.Balance(Seed, Rows, Columns, 1e-12, 10_000);

        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                Assert.Equal(Seed[i, j] == 0, result.Matrix[i, j] == 0);
                Assert.True(result.Matrix[i, j] >= 0);
            }
        }
    }

    [Fact]
    public void A_seed_that_already_has_its_margins_comes_back_unchanged()
    {
        var rows = Enumerable.Range(0, 4).Select(i => Enumerable.Range(0, 4).Sum(j => Seed[i, j])).ToArray();
        var columns = Enumerable.Range(0, 4).Select(j => Enumerable.Range(0, 4).Sum(i => Seed[i, j])).ToArray();

        var result = Ras.Balance(Seed, rows, columns, 1e-12, 10_000);

        Assert.Equal(1, result.Iterations);
        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                Assert.Equal(Seed[i, j], result.Matrix[i, j], 12);
            }
        }
    }

    [Fact]
    public void Scaling_a_row_or_a_column_of_the_seed_does_not_change_the_result()
    {
        var scaled = (double[,])Seed.Clone();
        for (var j = 0; j < 4; j++)
        {
            scaled[1, j] *= 7.5;
            scaled[j, 2] *= 0.01;
        }

        var a = Ras.Balance(Seed, Rows, Columns, 1e-13, 100_000).Matrix;
        var b = Ras.Balance(scaled, Rows, Columns, 1e-13, 100_000).Matrix;

        for (var i = 0; i < 4; i++)
        {
            for (var j = 0; j < 4; j++)
            {
                Assert.Equal(a[i, j], b[i, j], 9);
            }
        }
    }

    [Fact]
    public void Targets_whose_sums_differ_are_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => Ras.Balance(Seed, Rows, [16, 14, 5, 86], 1e-12, 100));

        Assert.Contains("row targets sum to 120 but column targets to 121", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_positive_target_on_an_all_zero_row_is_refused()
    {
        var seed = new double[,] { { 0, 0 }, { 1, 1 } };

        var e = Assert.Throws<ArgumentException>(() => Ras.Balance(seed, [1, 1], [1, 1], 1e-12, 100));

        Assert.Contains("row 0 has a positive target", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Margins_that_the_zeros_make_infeasible_are_reported_not_returned()
    {
        // Row 0 can only sell to column 1, whose target is smaller than row 0's.
        var seed = new double[,] { { 0, 1 }, { 1, 1 } };

        var e = Assert.Throws<InvalidOperationException>(() => Ras.Balance(seed, [3, 1], [2, 2], 1e-12, 500));

        Assert.Contains("did not meet the margins in 500 sweeps", e.Message, StringComparison.Ordinal);
    }
}
