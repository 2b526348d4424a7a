using DigitalTrade.Model.Calibration;

namespace DigitalTrade.Model.Tests.Calibration;

/// <summary>The observed baseline on a made-up world: margins, the under-reporter's gap, floors, gravity fill, subsets, determinism.</summary>
public sealed class ObservedCalibrationTests
{
    private static readonly ObservedBaselineOptions Options2024 = new();
    private static readonly ObservedBaselineOptions Options2019 = new() { BaselineYear = 2019 };

    private static ObservedBaseline Build(ObservedBaselineOptions options, params string[] regions) =>
        ObservedCalibration.Build(MadeUpWorld.Data, MadeUpWorld.Profiles, regions.Length == 0 ? MadeUpWorld.Countries : regions, options);

    [Fact]
    public void Every_country_meets_its_goods_digital_and_other_services_margins()
    {
        var b = Build(Options2024);

        var a = b.Account("AAA");
        Assert.Equal(450, a.Of(BaselineSector.Goods).ExportsUsdBn, 6);
        Assert.Equal(400 / 1.06, a.Of(BaselineSector.Goods).ImportsUsdBn, 6);
        Assert.Equal(30, a.Of(BaselineSector.Digital).ExportsUsdBn, 6);
        Assert.Equal(2023, a.Of(BaselineSector.Digital).ExportsYear);
        Assert.Equal(MarginSource.Earlier, a.Of(BaselineSector.Digital).ExportsSource);
        Assert.Equal(520 - 450 - 30, a.Of(BaselineSector.OtherServices).ExportsUsdBn, 6);
        Assert.Equal(480 - (400 / 1.06) - 25, a.Of(BaselineSector.OtherServices).ImportsUsdBn, 6);
        Assert.Equal(520 - 480, a.TradeBalanceUsdBn, 6);
    }

    [Fact]
    public void The_rest_of_the_world_has_world_gdp_less_the_countries_and_world_trade_less_theirs()
    {
        // With no domestic goods or digital sales, ROW's diagonal in those sectors is its internal trade.
        var b = Build(Options2024 with { DomesticShareGoods = 0, DomesticShareDigital = 0 });

        Assert.Equal<string>(["AAA", "BBB", "CCC", "ROW"], b.Regions);
        Assert.Equal(100_000 - 1300 - 260 - 130, b.Account("ROW").GdpUsdBn, 6);
        Assert.Equal(20_000, WorldExports(b, BaselineSector.Goods), 6);
        Assert.Equal(4_000, WorldExports(b, BaselineSector.Digital), 6);
        Assert.Contains(new CalibrationNote("WLD", "other_services", "world other services 2023: WTO commercial services 7000 bn less digital 4000 bn = 3000 bn"), b.Notes);
        foreach (var region in b.Regions)
        {
            Assert.Equal(1.8 * b.Account(region).GdpUsdBn, BaselineSectors.All.Sum(s => Sales(b, s, region)), 6);
        }
    }

    [Fact]
    public void An_exporter_that_under_reports_to_dots_gets_the_gap_in_its_exports_to_the_rest_of_the_world()
    {
        var b = Build(Options2019);

        // C reports 28 of its 50 bn: its 5 bn to A stay, the rest goes to ROW; absent C→B stays zero.
        Assert.Equal(5, b.Flow(BaselineSector.Goods, "CCC", "AAA"), 6);
        Assert.Equal(45, b.Flow(BaselineSector.Goods, "CCC", "ROW"), 6);
        Assert.Equal(0, b.Flow(BaselineSector.Goods, "CCC", "BBB"));
        Assert.Equal(CellSource.Reconciled, b.Source(BaselineSector.Goods, "CCC", "ROW"));
        Assert.Equal(CellSource.Mirror, b.Source(BaselineSector.Goods, "CCC", "AAA"));
        Assert.Equal(CellSource.Absent, b.Source(BaselineSector.Goods, "CCC", "BBB"));
        Assert.Equal(CellSource.Observed, b.Source(BaselineSector.Goods, "AAA", "BBB"));
        Assert.Equal(20, b.Flow(BaselineSector.Goods, "AAA", "BBB"), 6);
        Assert.Contains(b.Notes, n => n.Region == "CCC" && n.Text.Contains("23.00 → 45.00 bn (DOTS covered 56 %)", StringComparison.Ordinal));
    }

    [Fact]
    public void Other_services_are_floored_at_zero_where_merchandise_and_digital_exceed_goods_and_services()
    {
        var b = Build(Options2024);

        var c = b.Account("CCC").Of(BaselineSector.OtherServices);
        Assert.Equal(0.0, c.ExportsUsdBn);
        Assert.Equal(MarginSource.Floored, c.ExportsSource);
        Assert.Equal(60 + 4, b.Account("CCC").ExportsUsdBn, 6);
        Assert.Contains(b.Notes, n => n.Region == "CCC" && n.Topic == "other_services" && n.Text.StartsWith("exports floored at 0", StringComparison.Ordinal));
    }

    [Fact]
    public void A_country_without_data_is_gravity_filled_and_flagged()
    {
        var b = Build(Options2024, "AAA", "BBB", "CCC", "DDD");

        var d = b.Account("DDD");
        Assert.True(d.GravityFilled);
        Assert.False(b.Account("AAA").GravityFilled);
        Assert.All(d.Sectors, s => Assert.Equal(MarginSource.Imputed, s.ExportsSource));
        Assert.Equal(CellSource.GravityFilled, b.Source(BaselineSector.Goods, "DDD", "AAA"));
        Assert.Equal(CellSource.GravityFilled, b.Source(BaselineSector.Goods, "ROW", "DDD"));
        Assert.True(b.Flow(BaselineSector.Goods, "DDD", "AAA") > 0);
        Assert.Equal(50, d.GdpUsdBn);

        // Median of A, B, C's goods exports over GDP (450/1300, 90/260, 60/130) times D's GDP.
        Assert.Equal(50 * (90.0 / 260), d.Of(BaselineSector.Goods).ExportsUsdBn, 6);
    }

    [Fact]
    public void Left_out_countries_join_the_rest_of_the_world_and_nothing_is_lost()
    {
        var all = Build(Options2024);
        var subset = Build(Options2024, "CCC", "AAA");

        Assert.Equal<string>(["AAA", "CCC", "ROW"], subset.Regions);
        Assert.Equal(all.Account("ROW").GdpUsdBn + 260, subset.Account("ROW").GdpUsdBn, 6);
        foreach (var sector in BaselineSectors.All)
        {
            Assert.Equal(Total(all, sector), Total(subset, sector), 6);
            Assert.Equal(all.Flow(sector, "AAA", "CCC"), subset.Flow(sector, "AAA", "CCC"), 9);
            Assert.Equal(all.Flow(sector, "AAA", "BBB") + all.Flow(sector, "AAA", "ROW"), subset.Flow(sector, "AAA", "ROW"), 9);
        }
    }

    [Fact]
    public void Domestic_sales_are_gross_output_less_exports_split_by_the_assumed_shares()
    {
        var b = Build(Options2024);

        var a = b.Account("AAA");
        var domestic = (1.8 * 1300) - a.ExportsUsdBn;
        Assert.Equal(0.40 * domestic, a.Of(BaselineSector.Goods).DomesticUsdBn, 6);
        Assert.Equal(0.15 * domestic, a.Of(BaselineSector.Digital).DomesticUsdBn, 6);
        Assert.Equal(0.45 * domestic, a.Of(BaselineSector.OtherServices).DomesticUsdBn, 6);
        Assert.Equal(CellSource.Domestic, b.Source(BaselineSector.Digital, "AAA", "AAA"));
    }

    [Fact]
    public void The_baseline_does_not_depend_on_the_order_the_regions_are_given_in()
    {
        var a = Build(Options2024, "AAA", "BBB", "CCC", "DDD");
        var b = Build(Options2024, "DDD", "CCC", "AAA", "BBB");

        Assert.Equal<string>(a.Regions, b.Regions);
        foreach (var sector in BaselineSectors.All)
        {
            Assert.Equal(a.Sectors[(int)sector].FlowsUsdBn, b.Sectors[(int)sector].FlowsUsdBn);
            Assert.Equal(a.Sectors[(int)sector].Sources, b.Sectors[(int)sector].Sources);
        }

        Assert.Equal<CalibrationNote>(a.Notes, b.Notes);
    }

    [Fact]
    public void A_year_without_a_world_gdp_is_refused_with_the_reason()
    {
        var e = Assert.Throws<ArgumentException>(() => Build(new ObservedBaselineOptions { BaselineYear = 2021 }));

        Assert.Equal("no world GDP for 2021 in the world totals", e.Message);
    }

    [Fact]
    public void The_fit_table_puts_the_hold_out_beside_the_baseline_and_tells_it_from_the_targets()
    {
        var b = Build(Options2019);
        RecentPairFigure[] holdOut =
        [
            new("AAA", "CCC", "2023", 2023, "A customs", PairFlow.Turnover, 19, "", "https://example.org/a"),
            new("AAA", "CCC", "FY2023-24", 2023, "C ministry", PairFlow.BToA, 7, ">", "https://example.org/c"),
            new("AAA", "ZZZ", "2023", 2023, "A customs", PairFlow.AToB, 1, "", "https://example.org/z"),
        ];

        var rows = BaselineFit.Rows(b, MadeUpWorld.Data, holdOut, Options2019);

        var held = rows.Where(r => r.Role == BaselineFit.HoldOut).ToList();
        Assert.Equal(2, held.Count);
        Assert.Equal(("AAA", "CCC", "turnover", 19.0, b.Flow(BaselineSector.Goods, "AAA", "CCC") + b.Flow(BaselineSector.Goods, "CCC", "AAA")),
            (held[0].Exporter, held[0].Importer, held[0].Flow, held[0].ObservedUsdBn, held[0].ModelUsdBn));
        Assert.Equal(("CCC", "AAA", "a_to_b", "FY2023-24", "C ministry (>); https://example.org/c"),
            (held[1].Exporter, held[1].Importer, held[1].Flow, held[1].Period, held[1].Source));
        var dots = rows.Single(r => r.Exporter == "AAA" && r.Importer == "BBB");
        Assert.Equal((2019, 20.0, "IMF DOTS 2019, exporter's report"), (dots.Year, dots.ObservedUsdBn, dots.Source));
        Assert.Contains(rows, r => r.Exporter == "CCC" && r.Importer == "WLD" && r.Sector == "goods" && r.ObservedUsdBn == 50);
    }

    /// <summary>Every region's exports plus ROW's diagonal: world exports when ROW has no domestic sales in the sector.</summary>
    private static double WorldExports(ObservedBaseline b, BaselineSector sector) =>
        b.Accounts.Sum(a => a.Of(sector).ExportsUsdBn) + b.Flow(sector, "ROW", "ROW");

    private static double Sales(ObservedBaseline b, BaselineSector sector, string region) =>
        b.Regions.Sum(to => b.Flow(sector, region, to));

    private static double Total(ObservedBaseline b, BaselineSector sector)
    {
        var total = 0.0;
        foreach (var x in b.Sectors[(int)sector].FlowsUsdBn)
        {
            total += x;
        }

        return total;
    }
}
