using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Events;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Policy;

namespace DigitalTrade.Scenarios.Tests;

public class BaselineScenarioTests
{
    private static LoadedScenario LoadBaseline()
    {
        var result = ScenarioLoader.Load(Path.Combine(RepositoryPaths.Scenarios, "sco-baseline.yaml"));
        Assert.True(result.IsValid, string.Join('\n', result.Issues));
        return result.Scenario!;
    }

    [Fact]
    public void Baseline_loads_the_27_SCO_countries_in_ordinal_ISO3_order()
    {
        var countries = LoadBaseline().Definition.Countries;

        Assert.Equal(27, countries.Length);
        Assert.Equal(countries.Select(c => c.Iso3).Order(StringComparer.Ordinal), countries.Select(c => c.Iso3));
        Assert.Equal("AFG", countries[0].Iso3);
        Assert.Equal(10, countries.Count(c => c.ScoStatus == "member"));
        Assert.Equal(17, countries.Count(c => c.ScoStatus == "partner"));
    }

    [Fact]
    public void Baseline_reads_country_values_from_the_csv()
    {
        var china = LoadBaseline().Definition.Countries.Single(c => c.Iso3 == "CHN");

        Assert.Equal("China", china.Name);
        Assert.Equal(18743.8, china.GdpUsdBn);
        Assert.Equal(1408.975, china.PopulationM);
        Assert.Equal(39.91667, china.Latitude);
        Assert.Equal(116.4333, china.Longitude);
        Assert.Equal(92.0, china.InternetUsersPct);
        Assert.Equal(37.58, china.FixedBroadbandPer100);
        Assert.True(china.RcepMember);
    }

    [Fact]
    public void Baseline_has_all_351_pairs_with_codes_in_ordinal_order()
    {
        var pairs = LoadBaseline().Definition.Pairs;

        Assert.Equal(351, pairs.Length);
        Assert.All(pairs, p => Assert.True(string.CompareOrdinal(p.Iso3A, p.Iso3B) < 0));
        Assert.Contains(pairs, p => p.Iso3A == "CHN" && p.Iso3B == "KAZ" && p.Contiguous);
        Assert.Contains(pairs, p => p.Iso3A == "BLR" && p.Iso3B == "RUS" && p.CommonLanguage);
    }

    [Fact]
    public void Baseline_states_its_run_settings_and_the_documented_parameters()
    {
        var scenario = LoadBaseline();
        var definition = scenario.Definition;

        Assert.Equal("sco-baseline", definition.Name);
        Assert.Equal(20250901UL, definition.Seed);
        Assert.Equal(40, definition.Rounds);
        Assert.Equal(91, definition.RoundDays);
        Assert.Equal<ScenarioEvent>([new MoratoriumLapse(1)], definition.Events);
        ModelJson.Equal(new ModelParameters(), definition.Parameters); // its dictionary and arrays compare by reference
        Assert.Empty(definition.Parameters.Growth.AnnualRateByCountry);
        Assert.Equal("CHN", definition.Parameters.ReferenceCountry);
        Assert.Equal(new SectorElasticities(4, 4, 4), definition.Parameters.Theta);
        Assert.Equal(new GdpShares(0.25, 0.03, 0.05), definition.Parameters.OutputShare);
        Assert.Equal(-0.85, definition.Parameters.TradeCosts.Distance);
        Assert.Equal(0.29, definition.Parameters.TradeCosts.Contiguity);
        Assert.Equal(0.36, definition.Parameters.TradeCosts.CommonLanguage);
        Assert.Equal(0.03, definition.Parameters.Growth.AnnualRate);
        Assert.Equal(0.01, definition.Parameters.Growth.ShockSdAnnual);
        Assert.Equal("results/sco-baseline", scenario.Outputs.Directory);
        Assert.Equal(["countries", "country_sectors", "pairs", "world", "events", "disputes", "dispute_stages"], scenario.Outputs.Tables.ToArray());
    }

    [Fact]
    public void Baseline_holds_the_links_in_service_rcep_and_a_set_up_for_every_country()
    {
        var definition = LoadBaseline().Definition;

        Assert.Equal(107, definition.Links.Length); // every row of sco-links.csv: the baseline includes all 27 countries
        Assert.True(definition.MoratoriumInForce);
        Assert.Equal(definition.Countries.Select(c => c.Iso3), definition.Setups.Select(s => s.Iso3));
        Assert.Equal(
            definition.Countries.Select(c => c.MfnTariffPct is { } mfn ? mfn / 100 : BarrierDefaults.GoodsTariff),
            definition.Setups.Select(s => s.Levels[(int)Measure.GoodsTariff]));
        Assert.Equal(["AZE", "BLR", "IRN", "UZB"], definition.Setups.Where(s => !s.WtoMember).Select(s => s.Iso3)); // countries_trade_policy.csv
        var rcep = definition.Agreements.Single(a => a.Id == "rcep");
        Assert.Equal(AgreementKind.Fta, rcep.Kind);
        Assert.Equal(["CHN", "KHM", "LAO", "MMR"], rcep.Members.Select(m => m.Iso3));
    }

    [Fact]
    public void Baseline_hash_is_the_sha256_of_the_file_bytes()
    {
        var path = Path.Combine(RepositoryPaths.Scenarios, "sco-baseline.yaml");
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));

        var scenario = LoadBaseline();

        Assert.Equal(expected, scenario.Sha256);
        Assert.Matches("^[0-9a-f]{64}$", scenario.Sha256);
    }
}
