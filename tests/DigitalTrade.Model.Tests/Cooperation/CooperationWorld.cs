using System.Collections.Immutable;
using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Metrics;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Tests.Cooperation;

/// <summary>Set-ups, agreements and report look-ups for the cooperation tests, built in code.</summary>
internal static class CooperationWorld
{
    /// <summary>
    /// A country's round-0 set-up: every digital measure at <paramref name="restrictiveness"/>, then the goods
    /// tariff, parcel tariff and duty on electronic transmissions (<see cref="Measures.All"/> order).
    /// </summary>
    public static CountrySetup Setup(
        string iso3,
        double restrictiveness = 0.4,
        double goodsTariff = 0.05,
        double parcelTariff = 0.1,
        double electronicDuty = 0.0,
        bool wtoMember = true,
        double sovereignty = 0.5,
        double? readiness = 0.6,
        double paperless = 0.2,
        DataRegime regime = DataRegime.Conditional) =>
        new(
            iso3,
            [restrictiveness, restrictiveness, restrictiveness, restrictiveness, restrictiveness, goodsTariff, parcelTariff, electronicDuty],
            regime, sovereignty, wtoMember, paperless, false, readiness);

    /// <summary>One set-up per country of the scenario, in canonical order; <paramref name="change"/> adjusts any of them.</summary>
    public static ImmutableArray<CountrySetup> Setups(ScenarioDefinition scenario, Func<CountrySetup, CountrySetup>? change = null) =>
        [.. scenario.Countries.Select(c => Setup(c.Iso3)).Select(s => change is null ? s : change(s))];

    /// <summary>A provision of the catalogue.</summary>
    public static Provision Provision(string name, double depth = 0.0, bool disputeSettlement = false, bool lapsesWithMoratorium = false) =>
        new(name, disputeSettlement, depth, lapsesWithMoratorium);

    /// <summary>An agreement among the members (ISO3 and join round).</summary>
    public static AgreementDefinition Agreement(
        string id,
        AgreementKind kind,
        IEnumerable<(string Iso3, int JoinRound)> members,
        IEnumerable<Provision> provisions,
        double tariffEliminationShare = 0.0,
        int tariffPhaseInRounds = 0,
        bool rtaEffect = false,
        ExceptionRates? exceptions = null) =>
        new(
            id, kind, id, null,
            [.. members.Select(m => new AgreementMember(m.Iso3, m.JoinRound)).OrderBy(m => m.Iso3, StringComparer.Ordinal)],
            tariffEliminationShare, tariffPhaseInRounds, rtaEffect, [.. provisions], exceptions ?? ExceptionRates.None);

    /// <summary>The pairs.csv row of a flow.</summary>
    public static PairRow Pair(RoundReport report, string exporter, string importer, Sector sector) =>
        report.Pairs.Single(p => p.Exporter == exporter && p.Importer == importer && p.Sector == Sectors.Name(sector));

    /// <summary>
    /// World welfare: Σ_j real income of j, in USD bn at round-0 prices. countries.csv's price index is
    /// expenditure / real income, so E_j / PriceIndex_j gives back the real income the trade phase computed
    /// (untraded output plus Σ_k E_j^k / P̂_j^k), which deflates each sector by its own price index and so does
    /// not depend on any sector's numeraire. Summing it weighs countries by their size, as a money-metric world
    /// welfare does; the real-income index alone would weigh Kyrgyzstan like China.
    /// </summary>
    public static double WorldRealIncome(RoundReport report) => report.Countries.Sum(c => c.ExpenditureUsdBn / c.PriceIndex);
}
