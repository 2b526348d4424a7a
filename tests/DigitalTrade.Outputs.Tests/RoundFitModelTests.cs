using DigitalTrade.Model.Events;
using DigitalTrade.Model.Metrics;

namespace DigitalTrade.Outputs.Tests;

/// <summary>A round's report as the model side of baseline_fit.csv: how the run's sectors add up to the fit's.</summary>
public sealed class RoundFitModelTests
{
    private static readonly RoundFitModel Model = new(new RoundReport(
        0,
        [],
        [
            new CountrySectorRow(0, "RUS", "goods", 500, 40, 30, 460, 490, 1, 1, 500),
            new CountrySectorRow(0, "RUS", "ecommerce", 50, 4, 3, 46, 49, 1, 1, 50),
            new CountrySectorRow(0, "RUS", "digital", 20, 2, 1, 18, 19, 1, 1, 20),
        ],
        [
            new PairRow(0, "CHN", "RUS", "goods", 12.5, 3, 0, 70, 5790),
            new PairRow(0, "CHN", "RUS", "ecommerce", 1.5, 3, 0, 70, 5790),
            new PairRow(0, "CHN", "RUS", "digital", 0.5, 3, 0, 70, 5790),
            new PairRow(0, "RUS", "CHN", "goods", 10, 3, 0, 70, 5790),
        ],
        new WorldRow(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
        [new EventRecord(0, "none", "", "")]));

    [Fact]
    public void Goods_are_the_goods_and_ecommerce_sectors_together_and_all_is_every_traded_sector()
    {
        Assert.Equal(14.0, Model.Flow("goods", "CHN", "RUS"));
        Assert.Equal(0.5, Model.Flow("digital", "CHN", "RUS"));
        Assert.Equal(14.5, Model.Flow("all", "CHN", "RUS"));
        Assert.Equal((44.0, 33.0), (Model.Exports("RUS", "goods"), Model.Imports("RUS", "goods")));
        Assert.Equal((46.0, 34.0), (Model.Exports("RUS", "all"), Model.Imports("RUS", "all")));
    }

    [Fact]
    public void A_sector_the_run_does_not_model_and_a_country_it_does_not_hold_count_zero()
    {
        Assert.Equal(0.0, Model.Exports("RUS", "other_services"));
        Assert.Equal(0.0, Model.Exports("ROW", "goods"));
        Assert.Equal(0.0, Model.Flow("goods", "KAZ", "RUS"));
    }
}
