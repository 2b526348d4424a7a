using System.Collections.Immutable;
using System.Text.Json.Nodes;
using DigitalTrade.Model.Equilibrium;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.World;
using DigitalTrade.Scenarios.Yaml;

namespace DigitalTrade.Scenarios;

/// <summary>
/// Applies a scenario's <c>parameters:</c> block to the documented defaults of <see cref="ModelParameters"/>:
/// every key given replaces its default, every key left out keeps it. Keys are the snake_case names of the
/// record properties (<c>digital_costs.latency.digital</c> is <see cref="DigitalCostCoefficients.Latency"/>'s digital value);
/// <c>disputes</c> is mapped by <see cref="DisputeMapper"/>.
/// </summary>
internal static class ParameterMapper
{
    private const string Root = "/parameters";

    public static ModelParameters Map(JsonNode root, ImmutableArray<CountryProfile> countries)
    {
        var defaults = new ModelParameters();
        double? N(string path) => TreeValues.Number(root, Root + path);

        return defaults with
        {
            ReferenceCountry = ReferenceCountry(root, defaults.ReferenceCountry, countries),
            Theta = Theta(N, defaults.Theta),
            Equilibrium = defaults.Equilibrium with
            {
                Imbalances = TreeValues.String(root, Root + "/equilibrium/imbalances") switch
                {
                    "multiplicative" => ImbalanceClosure.Multiplicative,
                    "additive" => ImbalanceClosure.Additive,
                    _ => defaults.Equilibrium.Imbalances,
                },
                EcommerceShare = N("/equilibrium/ecommerce_share") ?? defaults.Equilibrium.EcommerceShare,
                ChannelElasticity = N("/equilibrium/channel_elasticity") ?? defaults.Equilibrium.ChannelElasticity,
                RestOfWorldTariff = N("/equilibrium/rest_of_world_tariff") ?? defaults.Equilibrium.RestOfWorldTariff,
                RestOfWorldGrowth = N("/equilibrium/rest_of_world_growth") ?? defaults.Equilibrium.RestOfWorldGrowth,
            },
            OutputShare = new GdpShares(
                N("/output_share/goods") ?? defaults.OutputShare.Goods,
                N("/output_share/ecommerce") ?? defaults.OutputShare.Ecommerce,
                N("/output_share/digital") ?? defaults.OutputShare.Digital),
            TradeCosts = defaults.TradeCosts with
            {
                Distance = N("/trade_costs/distance") ?? defaults.TradeCosts.Distance,
                Contiguity = N("/trade_costs/contiguity") ?? defaults.TradeCosts.Contiguity,
                CommonLanguage = N("/trade_costs/common_language") ?? defaults.TradeCosts.CommonLanguage,
                Border = N("/trade_costs/border") ?? defaults.TradeCosts.Border,
                ReferenceDistanceKm = N("/trade_costs/reference_distance_km") ?? defaults.TradeCosts.ReferenceDistanceKm,
            },
            Latency = Latency(N, defaults.Latency),
            DigitalCosts = DigitalCosts(root, defaults.DigitalCosts),
            Readiness = Readiness(N, defaults.Readiness),
            Policy = Policy(N, defaults.Policy) with
            {
                Endogenous = TreeValues.Boolean(root, Root + "/policy/endogenous") ?? defaults.Policy.Endogenous,
            },
            Disputes = DisputeMapper.MapParameters(root, defaults.Disputes),
            Growth = defaults.Growth with
            {
                AnnualRate = N("/growth/annual_rate") ?? defaults.Growth.AnnualRate,
                AnnualRateByCountry = defaults.Growth.AnnualRateByCountry.SetItems(RatesByCountry(root)),
                ShockSdAnnual = N("/growth/shock_sd_annual") ?? defaults.Growth.ShockSdAnnual,
                IncomeFeedback = N("/growth/income_feedback") ?? defaults.Growth.IncomeFeedback,
            },
            Solver = defaults.Solver with
            {
                Tolerance = N("/solver/tolerance") ?? defaults.Solver.Tolerance,
                MaxIterations = (int?)TreeValues.Integer(root, Root + "/solver/max_iterations") ?? defaults.Solver.MaxIterations,
            },
        };
    }

    private static LatencyParameters Latency(Func<string, double?> n, LatencyParameters d) => d with
    {
        FibreKmPerMs = n("/latency/fibre_km_per_ms") ?? d.FibreKmPerMs,
        TerrestrialRouteFactor = n("/latency/terrestrial_route_factor") ?? d.TerrestrialRouteFactor,
        SubmarineRouteFactor = n("/latency/submarine_route_factor") ?? d.SubmarineRouteFactor,
        HopDelayMs = n("/latency/hop_delay_ms") ?? d.HopDelayMs,
        TransitRouteFactor = n("/latency/transit_route_factor") ?? d.TransitRouteFactor,
        TransitHops = n("/latency/transit_hops") ?? d.TransitHops,
        ReferenceMs = n("/latency/reference_ms") ?? d.ReferenceMs,
    };

    private static DigitalCostCoefficients DigitalCosts(JsonNode root, DigitalCostCoefficients d)
    {
        const string at = "/digital_costs";
        return d with
        {
            Rta = SectorValuesAt(root, at + "/rta", d.Rta),
            Latency = SectorValuesAt(root, at + "/latency", d.Latency),
            Restrictiveness = SectorValuesAt(root, at + "/restrictiveness", d.Restrictiveness),
            Mou = SectorValuesAt(root, at + "/mou", d.Mou),
            PilotZone = SectorValuesAt(root, at + "/pilot_zone", d.PilotZone),
            Paperless = SectorValuesAt(root, at + "/paperless", d.Paperless),
            PaymentInteroperability = SectorValuesAt(root, at + "/payment_interoperability", d.PaymentInteroperability),
            Readiness = SectorValuesAt(root, at + "/readiness", d.Readiness),
            RegimeSimilarity = new RegimeValues(
                TreeValues.Number(root, Root + at + "/regime_similarity/open") ?? d.RegimeSimilarity.Open,
                TreeValues.Number(root, Root + at + "/regime_similarity/conditional") ?? d.RegimeSimilarity.Conditional,
                TreeValues.Number(root, Root + at + "/regime_similarity/limited") ?? d.RegimeSimilarity.Limited),
            EcommerceWeights = WeightsAt(root, at + "/ecommerce_weights", d.EcommerceWeights),
            DigitalWeights = WeightsAt(root, at + "/digital_weights", d.DigitalWeights),
        };
    }

    private static ReadinessParameters Readiness(Func<string, double?> n, ReadinessParameters d) => d with
    {
        InternetWeight = n("/readiness/internet_weight") ?? d.InternetWeight,
        BroadbandWeight = n("/readiness/broadband_weight") ?? d.BroadbandWeight,
        BroadbandSaturationPer100 = n("/readiness/broadband_saturation_per100") ?? d.BroadbandSaturationPer100,
        Floor = n("/readiness/floor") ?? d.Floor,
        CatchUpAnnual = n("/readiness/catch_up_annual") ?? d.CatchUpAnnual,
        InvestmentEfficiency = n("/readiness/investment_efficiency") ?? d.InvestmentEfficiency,
        TrainingEfficiency = n("/readiness/training_efficiency") ?? d.TrainingEfficiency,
        ProductivityElasticity = n("/readiness/productivity_elasticity") ?? d.ProductivityElasticity,
    };

    private static PolicyParameters Policy(Func<string, double?> n, PolicyParameters d) => d with
    {
        PressureWeight = n("/policy/pressure_weight") ?? d.PressureWeight,
        GainsWeight = n("/policy/gains_weight") ?? d.GainsWeight,
        SovereigntyWeight = n("/policy/sovereignty_weight") ?? d.SovereigntyWeight,
        ReciprocityWeight = n("/policy/reciprocity_weight") ?? d.ReciprocityWeight,
        ShockSd = n("/policy/shock_sd") ?? d.ShockSd,
        Threshold = n("/policy/threshold") ?? d.Threshold,
        Step = n("/policy/step") ?? d.Step,
        EnforcedCommitmentCost = n("/policy/enforced_commitment_cost") ?? d.EnforcedCommitmentCost,
        UnenforcedCommitmentCost = n("/policy/unenforced_commitment_cost") ?? d.UnenforcedCommitmentCost,
    };

    /// <summary>
    /// The scenario's choice; else the default when it is among the countries; else the first country in
    /// ISO3 order. The numeraire only fixes the price level, so real results do not depend on it.
    /// </summary>
    private static string ReferenceCountry(JsonNode root, string fallback, ImmutableArray<CountryProfile> countries) =>
        TreeValues.String(root, Root + "/reference_country")
        ?? (countries.Any(c => c.Iso3 == fallback) || countries.IsEmpty ? fallback : countries[0].Iso3);

    private static SectorValues SectorValuesAt(JsonNode root, string path, SectorValues defaults) => new(
        TreeValues.Number(root, Root + path + "/goods") ?? defaults.Goods,
        TreeValues.Number(root, Root + path + "/ecommerce") ?? defaults.Ecommerce,
        TreeValues.Number(root, Root + path + "/digital") ?? defaults.Digital,
        TreeValues.Number(root, Root + path + "/other_services") ?? defaults.OtherServices);

    /// <summary>θ per equilibrium sector; e-commerce, a channel of goods, takes the goods value.</summary>
    private static SectorElasticities Theta(Func<string, double?> n, SectorElasticities d) =>
        new(n("/theta/goods") ?? d.Goods, n("/theta/digital") ?? d.Digital, n("/theta/other_services") ?? d.OtherServices);

    private static MeasureWeights WeightsAt(JsonNode root, string path, MeasureWeights defaults) => new(
        TreeValues.Number(root, Root + path + "/infrastructure") ?? defaults.Infrastructure,
        TreeValues.Number(root, Root + path + "/electronic_transactions") ?? defaults.ElectronicTransactions,
        TreeValues.Number(root, Root + path + "/payments") ?? defaults.Payments,
        TreeValues.Number(root, Root + path + "/data_flows") ?? defaults.DataFlows,
        TreeValues.Number(root, Root + path + "/other") ?? defaults.Other);

    private static IEnumerable<KeyValuePair<string, double>> RatesByCountry(JsonNode root) =>
        TreeValues.At(root, Root + "/growth/annual_rate_by_country") is JsonObject rates
            ? rates.Select(r => KeyValuePair.Create(r.Key, TreeValues.Number(r.Value)!.Value)).ToList()
            : [];
}
