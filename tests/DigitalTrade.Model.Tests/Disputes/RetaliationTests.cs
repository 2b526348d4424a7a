using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.Trade;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Tests.Disputes;

/// <summary>
/// Authorised retaliation equals the harm (DSU Art. 22.4): the surcharge r on the respondent's goods cuts its
/// exports X to the complainant by X (1 − (1 + r)^(−θ)) = h; towards RCEP's least-developed parties it shows
/// restraint and reaches half the harm.
/// </summary>
public sealed class RetaliationTests
{
    private const double Harm = 0.3;
    private const double GoodsExports = 12.0;
    private const double Theta = 4.0;

    private static double Removed(double rate, double exports, double theta) => exports * (1.0 - Math.Pow(1.0 + rate, -theta));

    [Theory]
    [InlineData(0.3, 12.0, 4.0)]
    [InlineData(0.5, 250.0, 4.0)]
    [InlineData(5.0, 10.0, 4.0)]
    [InlineData(9.0, 10.0, 8.28)]
    [InlineData(0.002, 1.0, 2.0)]
    [InlineData(2.5, 3.0, 5.0)]
    public void The_retaliation_rate_removes_exactly_the_harm_from_the_respondents_exports(double harm, double exports, double theta)
    {
        // Harm shares from 0.2% to 90%: below about 0.1% both the rate and this check lose digits to cancellation
        // in 1 − (1 + r)^(−θ) (relative 1e-16 / share), which is rounding, not a wrong rate.
        var rate = DisputeRules.RetaliationRate(harm, exports, theta);

        Assert.True(rate > 0.0);
        TestWorld.AssertRelative(harm, Removed(rate, exports, theta), 1e-12, "exports removed");
    }

    [Fact]
    public void No_harm_or_no_exports_gives_no_retaliation()
    {
        Assert.Equal(0.0, DisputeRules.RetaliationRate(0.0, 10.0, Theta));
        Assert.Equal(0.0, DisputeRules.RetaliationRate(1.0, 0.0, Theta));
    }

    [Theory]
    [InlineData(Forum.Wto, "KHM", 1.0)]
    [InlineData(Forum.Rcep, "KHM", 0.5)]
    [InlineData(Forum.Rcep, "LAO", 0.5)]
    [InlineData(Forum.Rcep, "MMR", 0.5)]
    [InlineData(Forum.Rcep, "VNM", 1.0)]
    [InlineData(Forum.Wto, "VNM", 1.0)]
    public void A_dispute_that_ends_in_retaliation_authorises_a_rate_worth_the_harm(Forum forum, string respondent, double restraint)
    {
        var course = Retaliated(forum, respondent);

        Assert.Equal(forum, course.Final.Forum);
        Assert.Equal(DisputeOutcome.RetaliationAuthorized, course.Final.Outcome);
        Assert.Equal<string>(["consultations", "panel", "compliance", "retaliation", "closed"], course.Names());
        var effect = Assert.IsType<DisputeEffect>(course.Effect);
        Assert.Equal(("CHN", respondent, true), (effect.Country, effect.Partner, effect.Retaliates));
        Assert.Equal(DisputeRules.RetaliationRate(restraint * Harm, GoodsExports, Theta), effect.RetaliationRate);
        TestWorld.AssertRelative(restraint * Harm, Removed(effect.RetaliationRate, GoodsExports, Theta), 1e-12, "exports removed");
    }

    [Fact]
    public void The_surcharge_lowers_the_respondents_goods_into_the_complainant_by_the_rate_and_nothing_else()
    {
        var scenario = DisputeWorld.Scenario(Retaliating(Forum.Wto));
        var world = WorldGeometry.Build(scenario);
        var before = RunSetup.InitialStates(scenario);
        var effect = Assert.IsType<DisputeEffect>(Retaliated(Forum.Wto, "VNM").Effect);

        var after = before.Select(s => DisputeEffects.Apply(s, [effect])).ToArray();

        var china = after[world.IndexOf("CHN")];
        Assert.Equal(new Surcharge("VNM", effect.RetaliationRate, effect.DisputeId), Assert.Single(china.Policy.Surcharges));
        Assert.Equal(effect.RetaliationRate, china.Policy.SurchargeOn("VNM"), 15);
        Assert.Equal(0.0, china.Policy.SurchargeOn("JPN"));
        for (var i = 0; i < before.Length; i++)
        {
            Assert.Equal<Binding>(before[i].Policy.Bindings, after[i].Policy.Bindings); // retaliation restores nothing
            if (before[i].Iso3 != "CHN")
            {
                Assert.Same(before[i], after[i]);
            }
        }

        var t0 = TradeCosts.BuildAll(world, before, scenario.Parameters, CostContext.Neutral);
        var t1 = TradeCosts.BuildAll(world, after, scenario.Parameters, CostContext.Neutral);
        var (vnm, chn) = (world.IndexOf("VNM"), world.IndexOf("CHN"));
        var goods = (int)Sector.Goods;
        TestWorld.AssertRelative(
            Math.Pow(1.0 + effect.RetaliationRate, -scenario.Parameters.Theta.Goods), t1[goods][vnm, chn] / t0[goods][vnm, chn], 1e-12, "T ratio");
        t1[goods][vnm, chn] = t0[goods][vnm, chn];
        foreach (var sector in Sectors.All)
        {
            TestWorld.AssertSameMatrix(t0[(int)sector], t1[(int)sector], $"T {Sectors.Name(sector)} elsewhere");
        }
    }

    [Fact]
    public void Surcharges_of_two_disputes_compound()
    {
        var state = RunSetup.InitialStates(DisputeWorld.Scenario())[0];
        var effects = new[] { new DisputeEffect(state.Iso3, "VNM", "rcep", Measure.GoodsTariff, 0.1, "a"), new DisputeEffect(state.Iso3, "VNM", "rcep", Measure.DataFlows, 0.2, "b") };

        var after = DisputeEffects.Apply(state, effects);

        Assert.Equal((1.1 * 1.2) - 1.0, after.Policy.SurchargeOn("VNM"), 15);
    }

    /// <summary>Never settled, always won, never complied with: every dispute in the forum ends in retaliation.</summary>
    private static DisputeParameters Retaliating(Forum forum)
    {
        var p = DisputeWorld.Certain.Preferring(forum, Forum.None);
        return p with
        {
            Wto = p.Wto.Fixed(settle: 0.0, win: 1.0, appeal: 0.0, comply: 0.0),
            Rcep = p.Rcep.Fixed(settle: 0.0, win: 1.0, comply: 0.0),
        };
    }

    private static Course Retaliated(Forum forum, string respondent)
    {
        var context = DisputeWorld.Context(Retaliating(forum));
        var dispute = DisputeWorld.File(context, "CHN", respondent, ProvisionCatalog.GoodsTariffs, harm: Harm, exportsHit: 10.0, goodsExports: GoodsExports);
        Assert.Equal((Harm, GoodsExports), (dispute.HarmUsdBn, dispute.RespondentGoodsExportsUsdBn));
        return DisputeWorld.Drive(dispute, context);
    }
}
