using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Events;
using DigitalTrade.Model.Infrastructure;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.World;

namespace DigitalTrade.Scenarios.Tests;

public class CooperationExampleTests
{
    private static readonly Lazy<ScenarioDefinition> Definition = new(() =>
    {
        var result = ScenarioLoader.Load(Path.Combine(RepositoryPaths.Scenarios, "examples", "cooperation.yaml"));
        Assert.True(result.IsValid, string.Join('\n', result.Issues));
        return result.Scenario!.Definition;
    });

    private static readonly string[] Included = ["CHN", "KAZ", "KGZ", "KHM", "LAO", "MMR", "PAK", "UZB"];

    [Fact]
    public void The_cooperation_example_loads_its_eight_countries_with_their_policy_data()
    {
        var countries = Definition.Value.Countries;

        Assert.Equal(Included, countries.Select(c => c.Iso3));
        Assert.Equal(["UZB"], countries.Where(c => !c.WtoMember).Select(c => c.Iso3));
        Assert.Equal(["CHN", "PAK"], countries.Where(c => c.MpiaParticipant).Select(c => c.Iso3));
        Assert.Equal(
            [("CHN", 7.5), ("KAZ", 7.1), ("KHM", 10.2)],
            countries.Where(c => c.MfnTariffPct is not null).Select(c => (c.Iso3, c.MfnTariffPct!.Value)));
        Assert.True(Definition.Value.MoratoriumInForce);
    }

    [Fact]
    public void Links_of_the_links_file_are_kept_only_between_included_countries()
    {
        var links = Definition.Value.Links;

        Assert.Equal(14, links.Length);
        Assert.All(links, l => Assert.True(Included.Contains(l.From) && Included.Contains(l.To), $"{l.From}-{l.To}"));
        Assert.Contains(links, l => (l.From, l.To, l.Kind) == ("CHN", "KAZ", LinkKind.Terrestrial));
        Assert.Contains(links, l => (l.From, l.To, l.Kind) == ("CHN", "PAK", LinkKind.Terrestrial)); // CPEC, in service since 2018
        Assert.DoesNotContain(links, l => (l.From, l.To) == ("CHN", "KGZ")); // a backup link carries no traffic
        Assert.Equal<NetworkLink>([.. links.Sort(NetworkLink.CanonicalOrder)], links);
    }

    [Fact]
    public void Set_ups_resolve_overrides_policy_data_and_defaults_for_every_country_in_order()
    {
        var setups = Definition.Value.Setups;

        Assert.Equal(Included, setups.Select(s => s.Iso3));
        double[] defaults = [0.2, 0.15, 0.2, 0.25, 0.2];
        ModelJson.Equal(new CountrySetup("CHN", [0.2, 0.15, 0.2, 0.6, 0.2, 0.075, 0.05, 0.0], DataRegime.Limited, 0.7, true, 0.6, true, null), setups[0]);
        ModelJson.Equal(new CountrySetup("KAZ", [0.3, 0.3, 0.3, 0.3, 0.3, 0.06, 0.05, 0.0], DataRegime.Conditional, 0.5, true, 0.2, false, null), setups[1]);
        ModelJson.Equal(new CountrySetup("KGZ", [.. defaults, 0.08, 0.05, 0.0], DataRegime.Conditional, 0.5, true, 0.2, false, 0.55), setups[2]);
        ModelJson.Equal(new CountrySetup("KHM", [.. defaults, 0.102, 0.05, 0.0], DataRegime.Conditional, 0.5, true, 0.2, false, null), setups[3]);
        ModelJson.Equal(new CountrySetup("PAK", [.. defaults, 0.08, 0.1, 0.02], DataRegime.Open, 0.5, true, 0.2, false, null), setups[6]);
        ModelJson.Equal(new CountrySetup("UZB", [.. defaults, 0.08, 0.05, 0.0], DataRegime.Conditional, 0.5, false, 0.2, false, null), setups[7]);
    }

    [Fact]
    public void The_fta_takes_its_members_from_the_rcep_flag_with_its_provisions_in_canonical_order()
    {
        var rcep = Definition.Value.Agreements[0];

        ModelJson.Equal(
            new AgreementDefinition(
                "rcep",
                AgreementKind.Fta,
                "Regional Comprehensive Economic Partnership",
                null,
                [new("CHN", -16), new("KHM", -16), new("LAO", -16), new("MMR", -8)],
                0.91,
                80,
                true,
                [
                    new(ProvisionCatalog.GoodsTariffs, true, 0.0, false),
                    new(ProvisionCatalog.PaperlessTrading, false, 0.0, false),
                    new(ProvisionCatalog.DataFlows, false, 0.0, false),
                    new(ProvisionCatalog.ComputingLocation, false, 0.0, false),
                    new(ProvisionCatalog.CustomsDuties, false, 0.0, true),
                ],
                new ExceptionRates(0.2, 0.05)),
            rcep);
    }

    [Fact]
    public void The_mou_is_a_hub_of_bilateral_agreements_without_provisions_or_rta_effect()
    {
        var mou = Definition.Value.Agreements[1];

        ModelJson.Equal(
            new AgreementDefinition(
                "silk-road-ecommerce",
                AgreementKind.Mou,
                "China's bilateral e-commerce MoUs",
                "CHN",
                [new("CHN", -20), new("KAZ", -20), new("KGZ", -20), new("KHM", -20), new("PAK", -20), new("UZB", 2)],
                0.0,
                0,
                false,
                [],
                ExceptionRates.None),
            mou);
        Assert.Null(mou.PairStart("KAZ", "KGZ"));
        Assert.Equal(2, mou.PairStart("CHN", "UZB"));
    }

    [Fact]
    public void The_dea_lists_chapter_provisions_then_module_provisions_with_each_module_settings()
    {
        var dea = Definition.Value.Agreements[2];

        Assert.Equal(["rcep", "silk-road-ecommerce", "sco-dea"], Definition.Value.Agreements.Select(a => a.Id));
        Assert.Equal((AgreementKind.Dea, false, 0.0), (dea.Kind, dea.RtaEffect, dea.TariffEliminationShare));
        ModelJson.Equal(
            [
                new Provision(ProvisionCatalog.ConsumerProtection, false, 0.2, false),
                new Provision(ProvisionCatalog.DataFlows, true, 0.5, false), // data_issues
                new Provision(ProvisionCatalog.ComputingLocation, true, 0.5, false),
                new Provision(ProvisionCatalog.PersonalInformation, true, 0.5, false),
                new Provision(ProvisionCatalog.CustomsDuties, true, 0.0, false), // digital_products
                new Provision(ProvisionCatalog.Payments, false, 0.3, false), // payments
                new Provision(ProvisionCatalog.PaperlessTrading, true, 0.5, false), // trade_facilitation
                new Provision(ProvisionCatalog.ElectronicAuthentication, true, 0.5, false),
            ],
            dea.Provisions);
        Assert.Equal(new ExceptionRates(0.1, 0.05), dea.Exceptions);
        Assert.Equal([("KAZ", 4), ("KGZ", 4), ("UZB", 4)], dea.Members.Select(m => (m.Iso3, m.JoinRound)));
    }

    [Fact]
    public void Every_digital_event_kind_maps_with_its_defaults_in_round_order()
    {
        ModelJson.Equal<ScenarioEvent>(
            [
                new MoratoriumLapse(1),
                new BarrierChange(1, ["PAK"], Measure.ElectronicDuty, 0.05, null),
                new BarrierChange(2, [], Measure.DataFlows, null, -0.05),
                new PilotZoneOpened(2, ["KAZ", "UZB"]),
                new PaperlessTrade(3, ["CHN", "KAZ"], 0.8),
                new PaperlessTrade(3, ["KGZ"], 1.0),
                new CableLaid(4, "China–Kyrgyzstan–Uzbekistan cable", ["CHN", "KGZ", "UZB"], LinkKind.Terrestrial, 0.6, 1.4, null, 10),
                new LinkUpgrade(4, "KGZ", "UZB", 0.9),
                new CableLaid(5, "CPEC fibre", ["CHN", "PAK"], LinkKind.Terrestrial, 1.0, null, 2950, null),
                new LinkUpgrade(5, "CHN", "KAZ", 0.8),
                new PaymentInteroperability(6, ["CHN", "KAZ", "KGZ"]),
                new DigitalInvestment(6, "KGZ", 0.2),
                new CapacityBuilding(7, "China–SCO Big Data Cooperation Center", ["KGZ", "UZB"], 15),
                new CapacityBuilding(7, "capacity building", ["LAO"], 40),
                new Accession(8, "sco-dea", "CHN"),
                new CableLaid(10, "KHM-MMR cable", ["KHM", "MMR"], LinkKind.Submarine, 1.0, null, null, null),
            ],
            Definition.Value.Events);
    }

    [Fact]
    public void New_parameters_given_replace_their_defaults_and_the_rest_keep_theirs()
    {
        var parameters = Definition.Value.Parameters;
        var defaults = new ModelParameters();

        Assert.Equal(defaults.Latency with { TerrestrialRouteFactor = 1.6, HopDelayMs = 2.0 }, parameters.Latency);
        Assert.Equal(
            defaults.DigitalCosts with
            {
                Latency = defaults.DigitalCosts.Latency with { Digital = -0.3 },
                RegimeSimilarity = defaults.DigitalCosts.RegimeSimilarity with { Limited = -0.2 },
                EcommerceWeights = defaults.DigitalCosts.EcommerceWeights with { Payments = 0.4, Other = 0.1 },
            },
            parameters.DigitalCosts);
        Assert.Equal(defaults.Readiness with { CatchUpAnnual = 0.03 }, parameters.Readiness);
        Assert.Equal(defaults.Policy with { Step = 0.05, UnenforcedCommitmentCost = 0.2 }, parameters.Policy);
        Assert.Equal(0.5, parameters.Growth.IncomeFeedback);
    }
}
