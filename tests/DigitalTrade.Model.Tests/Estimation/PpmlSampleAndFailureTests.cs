using DigitalTrade.Model.Estimation;

namespace DigitalTrade.Model.Tests.Estimation;

/// <summary>Which observations PPML drops or reports, and how it refuses problems it cannot solve.</summary>
public sealed class PpmlSampleAndFailureTests
{
    [Fact]
    public void Observations_of_a_group_with_only_zero_flows_are_dropped_and_reported()
    {
        var data = new SyntheticGravity(20, seed: 11, zeroShare: 0.0);
        var flows = data.Flows.Select((f, o) => data.Exporter[o] == 7 ? 0.0 : f).ToArray();

        var result = Ppml.Fit(data.Problem(flows));

        var expected = Enumerable.Range(0, flows.Length).Where(o => data.Exporter[o] == 7).ToArray();
        Assert.Equal(expected, result.DroppedObservations);
        Assert.Equal(flows.Length - 20, result.KeptCount);
        Assert.All(expected, o => Assert.False(result.Kept[o]));
        Assert.All(expected, o => Assert.Equal(0.0, result.Fitted[o]));
        var exporter = result.Effects("exporter");
        Assert.False(exporter.Present[7]);
        Assert.Equal(0.0, exporter.Values[7]);
        Assert.Equal(19, exporter.Present.Count(p => p));
    }

    [Fact]
    public void A_never_trading_pair_is_dropped_and_its_pair_effect_marked_absent()
    {
        var data = new SyntheticGravity(15, seed: 12, zeroShare: 0.0);
        var pairOf = data.Pair[(2 * 15) + 9];
        var flows = data.Flows.Select((f, o) => data.Pair[o] == pairOf ? 0.0 : f).ToArray();
        // Symmetric pair effects absorb distance and border: only fixed effects remain.
        var withPair = new PpmlProblem(
            flows,
            [],
            [],
            null,
            [new FixedEffect("exporter", data.Exporter), new FixedEffect("importer", data.Importer), new FixedEffect("pair", data.Pair)]);

        var result = Ppml.Fit(withPair);

        Assert.Equal([(2 * 15) + 9, (9 * 15) + 2], result.DroppedObservations);
        Assert.False(result.Effects("pair").Present[pairOf]);
    }

    [Fact]
    public void Singletons_are_reported_kept_by_default_and_dropped_on_request_without_changing_coefficients()
    {
        var data = new SyntheticGravity(12, seed: 13, zeroShare: 0.0);
        var lonely = Enumerable.Range(0, data.Flows.Length).Select(o => o == 5 ? 1 : 0).ToArray();
        var problem = data.Problem() with { FixedEffects = [.. data.Problem().FixedEffects, new FixedEffect("lonely", lonely)] };

        var kept = Ppml.Fit(problem);
        var dropped = Ppml.Fit(problem, new PpmlOptions { DropSingletons = true });

        Assert.Equal([5], kept.Singletons);
        Assert.True(kept.Kept[5]);
        Assert.Equal(data.Flows[5], kept.Fitted[5], 1e-8 * data.Flows[5]);
        Assert.Equal([5], dropped.Singletons);
        Assert.False(dropped.Kept[5]);
        Assert.Equal(kept.Coefficients[0], dropped.Coefficients[0], 1e-10);
        Assert.Equal(kept.Coefficients[1], dropped.Coefficients[1], 1e-10);
    }

    [Fact]
    public void Running_out_of_iterations_throws_instead_of_returning_a_result()
    {
        var data = new SyntheticGravity(20, seed: 14);

        var error = Assert.Throws<PpmlConvergenceException>(() => Ppml.Fit(data.Problem(), new PpmlOptions { MaxIterations = 2 }));

        Assert.Contains("did not converge in 2 iterations", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_covariate_constant_within_exporters_is_rejected_by_name()
    {
        var data = new SyntheticGravity(15, seed: 15);
        var size = data.Exporter.Select(i => Math.Log(10.0 + i)).ToArray();
        var problem = data.Problem() with { CovariateNames = ["ln_distance", "border", "exporter_size"], Covariates = [data.LnDistance, data.Border, size] };

        var error = Assert.Throws<CollinearCovariateException>(() => Ppml.Fit(problem));

        Assert.Equal("exporter_size", error.Covariate);
        Assert.Contains("exporter_size", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_covariate_collinear_with_another_is_rejected_by_name()
    {
        var data = new SyntheticGravity(15, seed: 16);
        var twice = data.LnDistance.Select(x => (2.0 * x) + 1.0).ToArray();
        var problem = data.Problem() with { CovariateNames = ["ln_distance", "border", "ln_distance_again"], Covariates = [data.LnDistance, data.Border, twice] };

        var error = Assert.Throws<CollinearCovariateException>(() => Ppml.Fit(problem));

        Assert.Equal("ln_distance_again", error.Covariate);
    }

    [Fact]
    public void Reference_groups_that_over_restrict_the_effects_are_rejected()
    {
        var data = new SyntheticGravity(10, seed: 17);
        var problem = data.Problem() with
        {
            FixedEffects = [new FixedEffect("exporter", data.Exporter, 0), new FixedEffect("importer", data.Importer, 0)],
        };

        var error = Assert.Throws<ArgumentException>(() => Ppml.Fit(problem));

        Assert.Contains("over-restrict", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_flows_are_rejected()
    {
        var data = new SyntheticGravity(5, seed: 18);
        var flows = (double[])data.Flows.Clone();
        flows[3] = -1.0;

        Assert.Throws<ArgumentException>(() => Ppml.Fit(data.Problem(flows)));
    }
}
