using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using DigitalTrade.Model.Calibration;
using DigitalTrade.Scenarios.Data.Observed;
using Xunit.Abstractions;

namespace DigitalTrade.Scenarios.Tests.Data.Observed;

/// <summary>
/// The observed baseline on the shipped data (docs/model.md, "The observed baseline"): totals against WDI,
/// trade balances, the rest of the world, the 2019 pairs against DOTS, and the hold-out. The tables these
/// tests print are the ones docs/model.md quotes.
/// </summary>
public sealed class ShippedBaselineTests(ITestOutputHelper output)
{
    private static readonly Lazy<ObservedBaseline> Baseline2024 = new(() => ShippedObservedData.Baseline(2024));
    private static readonly Lazy<ObservedBaseline> Baseline2019 = new(() => ShippedObservedData.Baseline(2019));

    [Fact]
    public void In_2024_every_countrys_exports_are_within_5_percent_of_wdi_goods_and_services_and_not_below_merchandise()
    {
        var b = Baseline2024.Value;
        var data = ShippedObservedData.Data;
        var disagree = new List<string>();
        var largest = 0.0;
        foreach (var country in ShippedObservedData.Codes)
        {
            var account = b.Account(country);
            var merchandise = data.MerchandiseExports.At(country, 2024)!.Value;
            Assert.True(account.ExportsUsdBn >= merchandise * (1 - 1e-9), $"{country}: exports {account.ExportsUsdBn:F2} below merchandise {merchandise:F2}");
            if (data.GoodsServicesExports.At(country, 2024) is not { } wdi)
            {
                continue;
            }

            var digital = account.Of(BaselineSector.Digital).ExportsUsdBn;
            if (merchandise + digital > wdi)
            {
                // The sources disagree: other services are floored at zero, so exports are merchandise plus digital.
                disagree.Add(country);
                Assert.Equal(MarginSource.Floored, account.Of(BaselineSector.OtherServices).ExportsSource);
                Assert.Equal(merchandise + digital, account.ExportsUsdBn, 6);
                continue;
            }

            largest = Math.Max(largest, Math.Abs((account.ExportsUsdBn / wdi) - 1));
        }

        Assert.True(largest <= 0.05, $"largest gap to WDI exports {largest:P2}");
        Assert.Equal(["IRN", "TJK"], disagree);
        output.WriteLine($"largest gap where the sources agree: {largest:E2}; floored: {string.Join(", ", disagree)}");
    }

    [Fact]
    public void In_2024_every_trade_balance_is_non_zero_with_the_sign_wdi_observes()
    {
        var b = Baseline2024.Value;
        var data = ShippedObservedData.Data;
        var compared = 0;
        foreach (var country in ShippedObservedData.Codes)
        {
            if (data.GoodsServicesExports.At(country, 2024) is not { } exports || data.GoodsServicesImports.At(country, 2024) is not { } imports)
            {
                continue;
            }

            var model = b.Account(country).TradeBalanceUsdBn;
            Assert.True(model != 0 && Math.Sign(model) == Math.Sign(exports - imports), $"{country}: model {model:F2}, WDI {exports - imports:F2}");
            compared++;
        }

        Assert.Equal(23, compared); // all but ARE, LAO, MMR and QAT, which have no 2024 values
    }

    [Fact]
    public void The_rest_of_the_world_is_a_region_with_world_gdp_less_the_27_and_trade_in_every_sector()
    {
        var b = Baseline2024.Value;
        var data = ShippedObservedData.Data;

        Assert.Equal("ROW", b.Regions[^1]);
        Assert.Equal(28, b.Regions.Length);
        var countries = ShippedObservedData.Codes.Sum(c => data.Gdp.LatestAtOrBefore(c, 2024)!.Value.Value);
        Assert.Equal(111_330 - countries, b.Account("ROW").GdpUsdBn, 6);
        Assert.All(b.Account("ROW").Sectors, s => Assert.True(s.ExportsUsdBn > 0 && s.ImportsUsdBn > 0 && s.DomesticUsdBn > 0));
        Assert.All(b.Accounts, a => Assert.All(a.Sectors, s => Assert.True(s.DomesticUsdBn > 0, $"{a.Region} {s.Sector}")));
    }

    [Fact]
    public void In_2019_the_ten_largest_sco_pairs_are_within_10_percent_of_dots()
    {
        var b = Baseline2019.Value;
        var dots = ShippedObservedData.Data.GoodsOf(2019)!;
        var largest = (from a in ShippedObservedData.Codes
                       from c in ShippedObservedData.Codes
                       where a != c && dots.Value(a, c) is not null
                       orderby dots.Value(a, c) descending
                       select (Exporter: a, Importer: c, Dots: dots.Value(a, c)!.Value)).Take(10).ToList();

        var table = new StringBuilder("| exporter | importer | DOTS 2019 | baseline 2019 | gap |\n|---|---|---:|---:|---:|\n");
        foreach (var (exporter, importer, observed) in largest)
        {
            var model = b.Flow(BaselineSector.Goods, exporter, importer);
            Assert.True(Math.Abs((model / observed) - 1) <= 0.10, $"{exporter}→{importer}: {model:F2} against DOTS {observed:F2}");
            table.Append(CultureInfo.InvariantCulture, $"| {exporter} | {importer} | {observed:F1} | {model:F1} | {(model / observed) - 1:+0.0%;-0.0%} |\n");
        }

        output.WriteLine(table.ToString());
    }

    [Fact]
    public void The_six_exporters_that_under_report_to_dots_get_their_gap_in_exports_to_the_rest_of_the_world()
    {
        var b = Baseline2019.Value;
        var data = ShippedObservedData.Data;
        var dots = data.GoodsOf(2019)!;

        var underReporting = ShippedObservedData.Codes
            .Where(c => dots.Regions.Sum(r => dots.Value(c, r) ?? 0) < 0.95 * data.MerchandiseExports.At(c, 2019)!.Value)
            .ToList();

        Assert.Equal(["ARE", "BHR", "IRN", "KWT", "MDV", "TJK"], underReporting);
        foreach (var country in underReporting)
        {
            Assert.Equal(CellSource.Reconciled, b.Source(BaselineSector.Goods, country, "ROW"));
            Assert.Equal(data.MerchandiseExports.At(country, 2019)!.Value, b.Account(country).Of(BaselineSector.Goods).ExportsUsdBn, 6);
            Assert.Contains(b.Notes, n => n.Region == country && n.Text.StartsWith("exports to ROW raised", StringComparison.Ordinal));
        }

        Assert.Equal(CellSource.Mirror, b.Source(BaselineSector.Goods, "IRN", "CHN"));
        Assert.Equal(dots.Value("KWT", "CHN")!.Value, b.Flow(BaselineSector.Goods, "KWT", "CHN"), 1);
    }

    [Fact]
    public void Myanmar_has_no_wdi_services_so_its_other_services_are_imputed_gravity_filled_and_flagged()
    {
        var myanmar = Baseline2024.Value.Account("MMR");

        Assert.True(myanmar.GravityFilled);
        Assert.Equal(MarginSource.Imputed, myanmar.Of(BaselineSector.OtherServices).ExportsSource);
        Assert.Equal(MarginSource.Observed, myanmar.Of(BaselineSector.Goods).ExportsSource);
        Assert.Equal(CellSource.GravityFilled, Baseline2024.Value.Source(BaselineSector.OtherServices, "MMR", "CHN"));
        Assert.Equal(["MMR"], Baseline2024.Value.Accounts.Where(a => a.GravityFilled).Select(a => a.Region));
    }

    [Fact]
    public void A_scenario_of_three_countries_has_the_other_24_in_the_rest_of_the_world()
    {
        var full = Baseline2024.Value;

        var three = ShippedObservedData.Baseline(2024, ["RUS", "CHN", "KAZ"]);

        Assert.Equal<string>(["CHN", "KAZ", "RUS", "ROW"], three.Regions);
        Assert.Equal(full.Flow(BaselineSector.Goods, "CHN", "RUS"), three.Flow(BaselineSector.Goods, "CHN", "RUS"), 9);
        Assert.Equal(full.Account("CHN").ExportsUsdBn, three.Account("CHN").ExportsUsdBn, 6);
        Assert.Equal(full.Accounts.Where(a => a.Region is not ("CHN" or "KAZ" or "RUS")).Sum(a => a.GdpUsdBn), three.Account("ROW").GdpUsdBn, 6);
    }

    [Fact]
    public void The_hold_out_is_in_the_fit_table_and_the_calibration_never_reads_it()
    {
        using var copy = new ObservedFolderCopy();
        var path = Path.Combine(copy.Folder, "recent_pairs_from_pages.csv");
        var lines = File.ReadAllLines(path);
        File.WriteAllLines(path, [lines[0], .. lines.Skip(1).Reverse().Select(l => l.Replace(",41.0,", ",4100.0,", StringComparison.Ordinal))]);
        var issues = new List<ScenarioIssue>();
        var perturbed = ReadHoldOut(copy.Folder, issues);

        var again = ShippedObservedData.Baseline(2024, data: ShippedObservedData.Read(copy.Folder));

        foreach (var sector in BaselineSectors.All)
        {
            Assert.Equal(Baseline2024.Value.Sectors[(int)sector].FlowsUsdBn, again.Sectors[(int)sector].FlowsUsdBn);
        }

        var rows = BaselineFit.Rows(again, ShippedObservedData.Data, perturbed, new ObservedBaselineOptions());
        var held = rows.Where(r => r.Role == BaselineFit.HoldOut).ToList();
        Assert.Equal(28, held.Count);
        Assert.Contains(held, r => r.ObservedUsdBn == 4100.0 && r.Exporter == "CHN" && r.Importer == "KAZ" && r.Flow == "turnover");
        Assert.Equal(rows.Count(r => r.Role == BaselineFit.Calibration), BaselineFit.Rows(again, ShippedObservedData.Data, [], new ObservedBaselineOptions()).Length);
    }

    [Fact]
    public void The_2020_pattern_meets_the_same_2024_margins_with_its_own_pairs()
    {
        var from2020 = ObservedCalibration.Build(
            ShippedObservedData.Data, ShippedObservedData.Countries, ShippedObservedData.Codes, new ObservedBaselineOptions { PatternYear = 2020 });
        var from2019 = Baseline2024.Value;

        foreach (var country in ShippedObservedData.Codes)
        {
            Assert.Equal(from2019.Account(country).ExportsUsdBn, from2020.Account(country).ExportsUsdBn, 6);
            Assert.Equal(from2019.Account(country).ImportsUsdBn, from2020.Account(country).ImportsUsdBn, 6);
        }

        Assert.NotEqual(from2019.Flow(BaselineSector.Goods, "CHN", "RUS"), from2020.Flow(BaselineSector.Goods, "CHN", "RUS"));
        Assert.Equal(2020, from2020.PatternYear);
    }

    [Fact]
    public void The_hold_out_fit_table_of_the_docs()
    {
        var b = Baseline2024.Value;
        var rows = BaselineFit.Rows(b, ShippedObservedData.Data, ShippedObservedData.HoldOut, new ObservedBaselineOptions())
            .Where(r => r.Role == BaselineFit.HoldOut).ToList();

        var table = new StringBuilder("| exporter | importer | flow | period | reporter | observed | baseline 2024 | baseline/observed |\n|---|---|---|---|---|---:|---:|---:|\n");
        foreach (var r in rows)
        {
            var reporter = r.Source[..r.Source.IndexOf(';', StringComparison.Ordinal)];
            table.Append(CultureInfo.InvariantCulture, $"| {r.Exporter} | {r.Importer} | {r.Flow} | {r.Period} | {reporter} | {r.ObservedUsdBn:F2} | {r.ModelUsdBn:F2} | {r.ModelUsdBn / r.ObservedUsdBn:F2} |\n");
        }

        output.WriteLine(table.ToString());
        Assert.Equal(28, rows.Count);
        Assert.All(rows, r => Assert.True(r.ModelUsdBn > 0 && r.Year is >= 2022 and <= 2024));
    }

    private static ImmutableArray<RecentPairFigure> ReadHoldOut(string folder, List<ScenarioIssue> issues)
    {
        var figures = ObservedDataReader.ReadHoldOut(folder, ShippedObservedData.DisplayFolder, issues);
        Assert.True(issues.Count == 0, string.Join('\n', issues));
        return figures!.Value;
    }
}
