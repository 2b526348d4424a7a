using DigitalTrade.Model.Calibration;

namespace DigitalTrade.Model.Tests.Calibration;

/// <summary>The gravity pattern and where it puts the rest of the world.</summary>
public sealed class GravityFillTests
{
    [Fact]
    public void Gravity_fill_and_ras_on_a_tiny_made_up_world_meet_the_margins_and_favour_the_nearer_partner()
    {
        // Three equal countries on a line (B is 1,000 km from A and from C) and a rest of the world.
        var inf = double.PositiveInfinity;
        var distance = new double[,]
        {
            { inf, 1000, 2000, 5000 },
            { 1000, inf, 1000, 5000 },
            { 2000, 1000, inf, 5000 },
            { 5000, 5000, 5000, 3000 },
        };
        var seed = GravityFill.Seed([10, 10, 10, 100], distance, 1.0);
        double[] exports = [6, 6, 6, 30];
        double[] imports = [5, 7, 6, 30];

        var flows = Ras.Balance(seed, exports, imports, 1e-12, 10_000).Matrix;

        Assert.Equal(0.0, flows[0, 0]);
        Assert.True(flows[2, 2] == 0 && flows[3, 3] > 0, "countries' own cells stay empty, ROW trades within itself");
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(exports[i], Enumerable.Range(0, 4).Sum(j => flows[i, j]), 9);
            Assert.Equal(imports[i], Enumerable.Range(0, 4).Sum(k => flows[k, i]), 9);
        }

        Assert.True(flows[0, 1] > flows[0, 2], "A sells more to B, 1,000 km away, than to C, 2,000 km away");
        Assert.True(flows[2, 1] > flows[2, 0]);
    }

    [Fact]
    public void The_seed_is_exporter_size_times_importer_size_over_distance_to_the_elasticity()
    {
        var seed = GravityFill.Seed([2, 3], new double[,] { { double.PositiveInfinity, 400 }, { 400, double.PositiveInfinity } }, 0.5);

        Assert.Equal(2 * 3 / 20.0, seed[0, 1], 12);
        Assert.Equal(0.0, seed[1, 1]);
    }

    [Fact]
    public void The_rest_of_the_world_is_placed_where_a_gravity_seed_gives_it_the_observed_share_of_exports()
    {
        var inf = double.PositiveInfinity;
        var distance = new double[,] { { inf, 1500, 3000 }, { 1500, inf, 2000 }, { 3000, 2000, inf } };
        double[] gdp = [100, 40, 10];
        const double RestGdp = 500;
        const double Delta = 1.0;
        double?[] shares = [0.7, 0.5, null];

        var (toRest, own) = RestOfWorldDistance.Place(gdp, RestGdp, distance, shares, 0.9, Delta, 7000);

        for (var i = 0; i < 2; i++)
        {
            var seed = GravityFill.Seed([.. gdp, RestGdp], With(distance, toRest, own), Delta);
            var row = Enumerable.Range(0, 4).Sum(j => seed[i, j]);
            Assert.Equal(shares[i]!.Value, seed[i, 3] / row, 12);
        }

        Assert.Equal(0.5 * (toRest[0] + toRest[1]), toRest[2], 9);
        var full = GravityFill.Seed([.. gdp, RestGdp], With(distance, toRest, own), Delta);
        Assert.Equal(0.9, full[3, 3] / Enumerable.Range(0, 4).Sum(j => full[3, j]), 12);
    }

    [Fact]
    public void Without_any_observed_share_every_country_is_the_default_distance_from_the_rest_of_the_world()
    {
        var (toRest, own) = RestOfWorldDistance.Place([1, 1], 10, new double[,] { { 0, 100 }, { 100, 0 } }, [null, null], null, 1.0, 6500);

        Assert.Equal([6500.0, 6500.0], toRest);
        Assert.Equal(6500.0, own);
    }

    private static double[,] With(double[,] countries, double[] toRest, double own)
    {
        var n = countries.GetLength(0);
        var d = new double[n + 1, n + 1];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                d[i, j] = countries[i, j];
            }

            d[i, n] = toRest[i];
            d[n, i] = toRest[i];
        }

        d[n, n] = own;
        return d;
    }
}
