using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Metrics;
using DigitalTrade.Model.World;
using Xunit.Abstractions;

namespace DigitalTrade.Scenarios.Tests;

/// <summary>
/// The headline comparisons of docs/model.md ("Headline comparisons over seeds"): each policy scenario against
/// sco-baseline.yaml at round 40, world real income and world digital trade, keep their sign for seeds 1–10.
/// </summary>
public sealed class HeadlineSignTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("rcep-ecommerce", 1, 1)]
    [InlineData("moratorium-lapse", 1, -1)]
    [InlineData("sco-digital-silk-road", 1, 1)]
    public void The_sign_of_each_headline_comparison_is_the_same_for_seeds_one_to_ten(string scenario, int income, int digital)
    {
        var baseline = Load("sco-baseline");
        var policy = Load(scenario);
        var seeds = Enumerable.Range(1, 10).ToArray();
        var changes = new (double Income, double Digital)[seeds.Length];
        Parallel.For(0, seeds.Length, k =>
        {
            var seed = (ulong)seeds[k];
            var without = Last(baseline with { Seed = seed });
            var with = Last(policy with { Seed = seed });
            changes[k] = ((RealIncome(with) / RealIncome(without)) - 1.0, (with.World.DigitalTradeUsdBn / without.World.DigitalTradeUsdBn) - 1.0);
        });

        foreach (var (seed, change) in seeds.Zip(changes))
        {
            output.WriteLine($"seed {seed}: world real income {change.Income:+0.0000%;-0.0000%}, world digital trade {change.Digital:+0.0000%;-0.0000%}");
        }

        Assert.All(changes, c => Assert.Equal(income, Math.Sign(c.Income)));
        Assert.All(changes, c => Assert.Equal(digital, Math.Sign(c.Digital)));
    }

    private static ScenarioDefinition Load(string name)
    {
        var result = ScenarioLoader.Load(Path.Combine(RepositoryPaths.Scenarios, name + ".yaml"));
        Assert.True(result.Issues.Length == 0, string.Join('\n', result.Issues));
        return result.Scenario!.Definition;
    }

    private static RoundReport Last(ScenarioDefinition scenario) => ReferenceEngine.Run(scenario).Last();

    /// <summary>World real income at round-0 prices: every region's GDP over its consumer price index.</summary>
    private static double RealIncome(RoundReport report) => report.Countries.Sum(c => c.OutputUsdBn / c.PriceIndex);
}
