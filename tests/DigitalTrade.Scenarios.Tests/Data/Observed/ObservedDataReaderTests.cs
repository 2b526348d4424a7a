using DigitalTrade.Model.Calibration;
using DigitalTrade.Scenarios.Data.Observed;

namespace DigitalTrade.Scenarios.Tests.Data.Observed;

/// <summary>The observed-data readers: the shipped files read clean; a bad value is reported at its file, line, column and rule.</summary>
public sealed class ObservedDataReaderTests
{
    private const string Display = ShippedObservedData.DisplayFolder;

    private static List<ScenarioIssue> Issues(ObservedFolderCopy copy, bool holdOut = false)
    {
        var issues = new List<ScenarioIssue>();
        if (holdOut)
        {
            ObservedDataReader.ReadHoldOut(copy.Folder, Display, issues);
        }
        else
        {
            Assert.Null(ObservedDataReader.Read(copy.Folder, Display, issues));
        }

        return issues;
    }

    private static void Single(List<ScenarioIssue> issues, string file, (int Line, int Column) at, string rule, string message)
    {
        var issue = Assert.Single(issues);
        Assert.Equal(($"{Display}/{file}", at.Line, at.Column, rule, message), (issue.File, issue.Line, issue.Column, issue.Rule, issue.Message));
    }

    [Fact]
    public void The_shipped_observed_data_reads_without_issues()
    {
        var data = ShippedObservedData.Data;

        Assert.Equal([2019, 2020], data.Goods.Select(m => m.Year));
        Assert.Equal(28, data.Goods[0].Regions.Length);
        Assert.Equal(74.924285, data.Goods[0].Value("CHN", "IND"));
        Assert.Null(data.Goods[0].Value("ARM", "AZE"));
        Assert.True(data.Goods[0].IsImfEstimate("IRN", "CHN"));
        Assert.False(data.Goods[0].IsImfEstimate("CHN", "IND"));
        Assert.Equal(18_771.03, data.Goods[0].Total(), 2);
        Assert.Equal(3575.8, data.MerchandiseExports.At("CHN", 2024));
        Assert.Null(data.GoodsServicesExports.LatestAtOrBefore("MMR", 2024));
        Assert.Equal((2016, 0.0), (data.GoodsServicesExports.LatestAtOrBefore("LAO", 2024)!.Value.Year, 0.0));
        Assert.Equal(4462.457, data.DigitalExports.At("WLD", 2023));
        Assert.Equal(111_330, data.WorldTotals.GdpUsdBn[2024]);
        Assert.Equal(24_430, data.WorldTotals.MerchandiseExportsUsdBn[2024]);
        Assert.Equal(7_540, data.WorldTotals.CommercialServicesExportsUsdBn[2023]);
        Assert.Equal(28, ShippedObservedData.HoldOut.Length);
    }

    [Fact]
    public void The_hold_out_reads_periods_as_calendar_years_and_flows_as_directions()
    {
        var figures = ShippedObservedData.HoldOut;

        var fiscal = figures.First(f => f.Period.StartsWith("FY2023-24", StringComparison.Ordinal));
        Assert.Equal((2023, PairFlow.BToA, 16.67), (fiscal.Year, fiscal.Flow, fiscal.ValueUsdBn));
        var partial = figures.Single(f => f.Period == "Jan-Nov 2023");
        Assert.Equal((2023, PairFlow.Turnover, "RUS", "TUR"), (partial.Year, partial.Flow, partial.IsoA, partial.IsoB));
        Assert.Equal(">", figures.Single(f => f.Qualifier == ">").Qualifier);
    }

    [Fact]
    public void A_goods_cell_that_is_not_a_number_is_reported_at_its_line_and_column()
    {
        using var copy = new ObservedFolderCopy();
        var at = copy.Replace("goods_matrix_2019_usd_mn.csv", "74924.285,", "7492x,");

        Single(Issues(copy), "goods_matrix_2019_usd_mn.csv", at, "data.not-a-number", "IND '7492x' is not a number");
        Assert.Equal((2, 6), at);
    }

    [Fact]
    public void A_negative_goods_flow_and_a_domestic_cell_are_both_reported()
    {
        using var copy = new ObservedFolderCopy();
        var negative = copy.Replace("goods_matrix_2020_usd_mn.csv", "66779.538,", "-66779.538,");
        var domestic = copy.Replace("goods_matrix_2019_usd_mn.csv", "CHN,,", "CHN,1,");

        var issues = Issues(copy);

        Assert.Equal(2, issues.Count);
        Assert.Equal(("data/observed/goods_matrix_2019_usd_mn.csv", domestic.Line, domestic.Column + "CHN,".Length, "data.domestic-cell"), (issues[0].File, issues[0].Line, issues[0].Column, issues[0].Rule));
        Assert.Equal("CHN's own cell must be empty: DOTS has no domestic sales", issues[0].Message);
        Assert.Equal(("data/observed/goods_matrix_2020_usd_mn.csv", negative.Line, negative.Column, "data.out-of-range"), (issues[1].File, issues[1].Line, issues[1].Column, issues[1].Rule));
    }

    [Fact]
    public void A_wdi_year_after_a_quoted_field_with_commas_is_reported_at_its_own_column()
    {
        using var copy = new ObservedFolderCopy();
        var at = copy.Replace("macro_trade_wdi_long.csv", "2015,2362100000000.0", "2O15,2362100000000.0");

        Single(Issues(copy), "macro_trade_wdi_long.csv", at, "data.year", "year '2O15' is not a year (a whole number from 1900 to 2100)");
    }

    [Fact]
    public void An_unknown_services_flow_and_a_non_positive_world_total_are_reported_together()
    {
        using var copy = new ObservedFolderCopy();
        var flow = copy.Replace("services_digitally_deliverable_unctad.csv", "exports,2015,91104.0", "export,2015,91104.0");
        var world = copy.Replace("world_aggregates.csv", "111330,", "0,");

        var issues = Issues(copy);

        Assert.Equal(
            [("data/observed/services_digitally_deliverable_unctad.csv", flow.Line, flow.Column, "data.flow"), ("data/observed/world_aggregates.csv", world.Line, world.Column, "data.out-of-range")],
            issues.Select(i => (i.File, i.Line, i.Column, i.Rule)));
        Assert.Equal("flow must be exports or imports, got 'export'", issues[0].Message);
        Assert.Equal("value_usd_bn must be > 0, got 0", issues[1].Message);
    }

    [Fact]
    public void A_hold_out_row_without_a_year_or_with_an_unknown_flow_is_reported()
    {
        using var copy = new ObservedFolderCopy();
        var period = copy.Replace("recent_pairs_from_pages.csv", "2023,China customs (GACC),turnover,41.0", "recent,China customs (GACC),turnover,41.0");
        var flow = copy.Replace("recent_pairs_from_pages.csv", "turnover,19.8", "both ways,19.8");

        var issues = Issues(copy, holdOut: true);

        Assert.Equal(
            [("data.period", period.Line, period.Column), ("data.flow", flow.Line, flow.Column)],
            issues.Select(i => (i.Rule, i.Line, i.Column)));
        Assert.Equal("period 'recent' names no year (19xx or 20xx)", issues[0].Message);
    }

    [Fact]
    public void A_missing_file_is_reported_by_its_path()
    {
        using var copy = new ObservedFolderCopy();
        File.Delete(Path.Combine(copy.Folder, "world_aggregates.csv"));

        Single(Issues(copy), "world_aggregates.csv", (1, 1), "data.not-found", "data file 'data/observed/world_aggregates.csv' not found");
    }
}
