using DigitalTrade.Model.Estimation;

namespace DigitalTrade.Model.Tests.Estimation;

/// <summary>Properties every PPML fit with fixed effects must have, on seeded synthetic gravity data.</summary>
public sealed class PpmlPropertiesTests
{
    private const double Tight = 1e-10;

    [Fact]
    public void Fitted_flows_add_up_to_observed_totals_in_every_exporter_and_importer_group()
    {
        var data = new SyntheticGravity(40, seed: 1, offset: true);

        var result = Ppml.Fit(data.Problem());

        AssertAddsUp(data.Flows, result.Fitted, data.Exporter, "exporter");
        AssertAddsUp(data.Flows, result.Fitted, data.Importer, "importer");
    }

    [Fact]
    public void Pure_fixed_effect_fit_with_an_offset_adds_up_in_all_three_dimensions()
    {
        var data = new SyntheticGravity(25, seed: 2, offset: true);
        var problem = new PpmlProblem(
            data.Flows,
            [],
            [],
            data.Offset,
            [new FixedEffect("exporter", data.Exporter), new FixedEffect("importer", data.Importer), new FixedEffect("pair", data.Pair)]);

        var result = Ppml.Fit(problem);

        Assert.Empty(result.Coefficients);
        AssertAddsUp(data.Flows, result.Fitted, data.Exporter, "exporter");
        AssertAddsUp(data.Flows, result.Fitted, data.Importer, "importer");
        AssertAddsUp(data.Flows, result.Fitted, data.Pair, "pair");
    }

    [Fact]
    public void Scaling_every_flow_leaves_coefficients_and_standard_errors_unchanged()
    {
        var data = new SyntheticGravity(30, seed: 3);
        var scaled = data.Flows.Select(f => f * 1_000.0).ToArray();

        var original = Ppml.Fit(data.Problem());
        var rescaled = Ppml.Fit(data.Problem(scaled));

        for (var k = 0; k < 2; k++)
        {
            Assert.Equal(original.Coefficients[k], rescaled.Coefficients[k], 1e-9);
            TestWorld.AssertRelative(original.StandardErrors[k], rescaled.StandardErrors[k], 1e-8, $"s.e. {k}");
        }

        // The constant moves into the exporter effects (the importer dimension has a reference).
        var shift = rescaled.Effects("exporter").Values[0] - original.Effects("exporter").Values[0];
        Assert.Equal(Math.Log(1_000.0), shift, 1e-9);
    }

    [Fact]
    public void Noise_free_flows_give_back_the_true_coefficients_and_effects()
    {
        var data = new SyntheticGravity(20, seed: 4, noise: 0.0, zeroShare: 0.0);

        var result = Ppml.Fit(data.Problem(data.Mu));

        Assert.Equal(SyntheticGravity.TrueBeta[0], result.Coefficients[0], 1e-9);
        Assert.Equal(SyntheticGravity.TrueBeta[1], result.Coefficients[1], 1e-9);
        for (var c = 0; c < 20; c++)
        {
            Assert.Equal(data.ExporterEffect[c], result.Effects("exporter").Values[c], 1e-8);
            Assert.Equal(data.ImporterEffect[c], result.Effects("importer").Values[c], 1e-8);
        }
    }

    [Fact]
    public void Simulated_flows_recover_the_true_coefficients_within_sampling_error()
    {
        // The border is identified by the N domestic flows only; its finite-sample bias (about 0.025
        // at N = 40 in a Monte Carlo of this design) fades as 1/N, hence a large N.
        var data = new SyntheticGravity(100, seed: 5, noise: 0.2, zeroShare: 0.05);

        var result = Ppml.Fit(data.Problem());

        for (var k = 0; k < 2; k++)
        {
            var error = Math.Abs(result.Coefficients[k] - SyntheticGravity.TrueBeta[k]);
            Assert.True(error < 4 * result.StandardErrors[k] && error < 0.05, $"β{k} = {result.Coefficients[k]}, s.e. {result.StandardErrors[k]}");
        }
    }

    [Fact]
    public void Recovered_effects_reproduce_every_fitted_log_flow_with_the_reference_at_zero()
    {
        var data = new SyntheticGravity(30, seed: 6, offset: true);

        var result = Ppml.Fit(data.Problem());

        var exporter = result.Effects("exporter").Values;
        var importer = result.Effects("importer").Values;
        Assert.Equal(0.0, importer[0]);
        for (var o = 0; o < data.Flows.Length; o++)
        {
            var eta = data.Offset![o] + exporter[data.Exporter[o]] + importer[data.Importer[o]]
                + (result.Coefficients[0] * data.LnDistance[o]) + (result.Coefficients[1] * data.Border[o]);
            Assert.Equal(eta, Math.Log(result.Fitted[o]), 1e-10);
        }
    }

    [Fact]
    public void Cluster_robust_errors_count_clusters_among_kept_observations()
    {
        var data = new SyntheticGravity(30, seed: 7);

        var robust = Ppml.Fit(data.Problem());
        var clustered = Ppml.Fit(data.Problem(clusters: data.Pair));

        Assert.Equal(StandardErrorKind.Robust, robust.StandardErrorKind);
        Assert.Equal(StandardErrorKind.Clustered, clustered.StandardErrorKind);
        Assert.Equal(30 * 31 / 2, clustered.ClusterCount);
        Assert.Equal(robust.Coefficients[0], clustered.Coefficients[0], 1e-12);
        Assert.NotEqual(robust.StandardErrors[0], clustered.StandardErrors[0]);
    }

    private static void AssertAddsUp(double[] flows, double[] fitted, int[] groups, string what)
    {
        var count = groups.Max() + 1;
        var observed = new double[count];
        var predicted = new double[count];
        for (var o = 0; o < flows.Length; o++)
        {
            observed[groups[o]] += flows[o];
            predicted[groups[o]] += fitted[o];
        }

        for (var g = 0; g < count; g++)
        {
            TestWorld.AssertRelative(observed[g], predicted[g], Tight, $"{what} {g}");
        }
    }
}
