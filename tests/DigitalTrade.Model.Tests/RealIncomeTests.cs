using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Metrics;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Tests;

/// <summary>
/// Real income under the conditional equilibrium the trade phase solves today (Y_i = Q_i at fixed
/// factory-gate prices, P = 1 at the reference country).
/// </summary>
public sealed class RealIncomeTests
{
    private static readonly Events.ScenarioEvent Cut = TestWorld.CostChange(1, 0.9, importers: ["KAZ"], exporters: ["CHN"], sectors: [Sector.Digital]);

    private static double Index(RoundReport report, string iso3) => report.Countries.Single(c => c.Iso3 == iso3).RealIncomeIndex;

    [Fact]
    public void A_cut_into_Kazakhstan_raises_Kazakh_real_income()
    {
        var report = ReferenceEngine.Run(TestWorld.CentralAsiaScenario(TestWorld.NoGrowth, rounds: 1, events: [Cut])).Last();

        Assert.True(Index(report, "KAZ") > 1.0, $"KAZ real income index {Index(report, "KAZ"):R}");
    }

    [Fact]
    public void Real_income_changes_do_not_depend_on_which_country_is_the_numeraire()
    {
        // Real expenditure E/P is invariant to the normalisation once factory-gate prices adjust
        // (gravity-methods.md §2): the full-endowment trade phase must give the same index.
        var byChina = ReferenceEngine.Run(TestWorld.CentralAsiaScenario(TestWorld.NoGrowth, rounds: 1, events: [Cut])).Last();
        var byRussia = ReferenceEngine.Run(TestWorld.CentralAsiaScenario(TestWorld.NoGrowth with { ReferenceCountry = "RUS" }, rounds: 1, events: [Cut])).Last();

        foreach (var iso3 in new[] { "CHN", "KAZ", "KGZ", "RUS", "UZB" })
        {
            TestWorld.AssertRelative(Index(byChina, iso3), Index(byRussia, iso3), 1e-10, $"{iso3} real income index");
        }
    }
}
