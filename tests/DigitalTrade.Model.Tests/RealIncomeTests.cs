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
    public void Reference_country_real_income_cannot_respond_to_trade_costs_because_its_prices_are_the_numeraire()
    {
        // Documents current behaviour: with Y fixed and P_CHN = 1, CHN's real income is its GDP,
        // whatever happens to the costs of its exports. Numeraire invariance of real GDP needs
        // factory-gate prices to adjust: the full-endowment solver of the trade-core issue.
        var report = ReferenceEngine.Run(TestWorld.CentralAsiaScenario(TestWorld.NoGrowth, rounds: 1, events: [Cut])).Last();

        Assert.Equal(1.0, Index(report, "CHN"));
    }
}
