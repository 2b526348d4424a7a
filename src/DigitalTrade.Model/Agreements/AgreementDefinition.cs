using System.Collections.Immutable;
using DigitalTrade.Model.Policy;

namespace DigitalTrade.Model.Agreements;

/// <summary>The kinds of agreement (DESIGN §5.6).</summary>
public enum AgreementKind
{
    /// <summary>A free trade agreement in the RCEP mould: tariff schedule, RTA effect, e-commerce chapter.</summary>
    Fta = 0,

    /// <summary>A bilateral e-commerce cooperation memorandum: soft cooperation, no commitments, no enforcement.</summary>
    Mou = 1,

    /// <summary>A digital economy agreement in the DEPA mould: modules of digital provisions.</summary>
    Dea = 2,
}

/// <summary>Names of agreement kinds in files.</summary>
public static class AgreementKinds
{
    /// <summary>The name in files.</summary>
    public static string Name(AgreementKind kind) => kind switch
    {
        AgreementKind.Fta => "fta",
        AgreementKind.Mou => "mou",
        AgreementKind.Dea => "dea",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown agreement kind"),
    };

    /// <summary>Parses a name; null when unknown.</summary>
    public static AgreementKind? Parse(string name) => name switch
    {
        "fta" => AgreementKind.Fta,
        "mou" => AgreementKind.Mou,
        "dea" => AgreementKind.Dea,
        _ => null,
    };
}

/// <summary>A party and the round its membership takes effect (negative: before the simulation starts).</summary>
public sealed record AgreementMember(string Iso3, int JoinRound);

/// <summary>
/// One provision of an agreement: the measure it disciplines, how deep it cuts the members' level
/// towards each other (0: a standstill on today's level; 1: the measure removed between them), and
/// whether dispute settlement covers it (RCEP chapter 12: it does not, Art. 12.17).
/// </summary>
/// <param name="Name">The provision's name, by chapter: <c>ecommerce.data_flows</c>, <c>goods.tariffs</c>, ….</param>
/// <param name="DisputeSettlement">True when the agreement's dispute settlement covers it.</param>
/// <param name="Depth">Share of the measure's level (its part of it, see <see cref="ProvisionCatalog"/>) removed between members.</param>
/// <param name="LapsesWithMoratorium">For customs duties: the commitment only holds while the WTO moratorium does.</param>
public sealed record Provision(string Name, bool DisputeSettlement, double Depth, bool LapsesWithMoratorium);

/// <summary>How often a covered barrier increase is justified by an exception (RCEP Art. 12.14–12.15 (3)).</summary>
/// <param name="PublicPolicy">Probability that a legitimate-public-policy exception applies to an increase.</param>
/// <param name="Security">Probability that an essential-security exception applies (such measures cannot be disputed).</param>
public sealed record ExceptionRates(double PublicPolicy, double Security)
{
    /// <summary>No exceptions.</summary>
    public static ExceptionRates None { get; } = new(0.0, 0.0);
}

/// <summary>
/// An agreement as the scenario defines it: its parties with their join rounds, its tariff schedule and
/// RTA effect (FTAs), its provisions, and its exceptions. A <see cref="Hub"/> makes a set of bilateral
/// agreements between the hub and each other party (China's e-commerce MoUs), not a plurilateral one.
/// </summary>
public sealed record AgreementDefinition(
    string Id,
    AgreementKind Kind,
    string Name,
    string? Hub,
    ImmutableArray<AgreementMember> Members,
    double TariffEliminationShare,
    int TariffPhaseInRounds,
    bool RtaEffect,
    ImmutableArray<Provision> Provisions,
    ExceptionRates Exceptions)
{
    /// <summary>The round a member joined, or null when it is not a party.</summary>
    public int? JoinRound(string iso3)
    {
        foreach (var member in Members)
        {
            if (member.Iso3 == iso3)
            {
                return member.JoinRound;
            }
        }

        return null;
    }

    /// <summary>The round the agreement starts to cover the pair, or null when it never does.</summary>
    public int? PairStart(string a, string b)
    {
        if (a == b || (Hub is { } hub && a != hub && b != hub))
        {
            return null;
        }

        return JoinRound(a) is { } ja && JoinRound(b) is { } jb ? Math.Max(ja, jb) : null;
    }

    /// <summary>True when the agreement covers the pair at the round.</summary>
    public bool Covers(string a, string b, int round) => PairStart(a, b) is { } start && start <= round;

    /// <summary>The agreement with another party joining at the round (accession).</summary>
    public AgreementDefinition Join(string iso3, int round) =>
        JoinRound(iso3) is not null
            ? throw new ArgumentException($"{iso3} is already a party to {Id}", nameof(iso3))
            : this with { Members = [.. Members.Append(new AgreementMember(iso3, round)).OrderBy(m => m.Iso3, StringComparer.Ordinal)] };
}

/// <summary>
/// The provisions the model knows and the measure each disciplines, with its share of that measure:
/// two provisions discipline each of electronic transactions, data flows and other barriers, so each
/// carries half of it. Goods tariffs act through the tariff schedule, customs duties bind duties at zero.
/// </summary>
public static class ProvisionCatalog
{
    /// <summary>Paperless trading (RCEP Art. 12.5).</summary>
    public const string PaperlessTrading = "ecommerce.paperless_trading";

    /// <summary>Electronic authentication and signature (Art. 12.6).</summary>
    public const string ElectronicAuthentication = "ecommerce.electronic_authentication";

    /// <summary>Online consumer protection (Art. 12.7).</summary>
    public const string ConsumerProtection = "ecommerce.consumer_protection";

    /// <summary>Online personal information protection (Art. 12.8).</summary>
    public const string PersonalInformation = "ecommerce.personal_information";

    /// <summary>Cross-border transfer of information by electronic means (Art. 12.15).</summary>
    public const string DataFlows = "ecommerce.data_flows";

    /// <summary>Location of computing facilities (Art. 12.14).</summary>
    public const string ComputingLocation = "ecommerce.computing_location";

    /// <summary>Customs duties on electronic transmissions (Art. 12.11).</summary>
    public const string CustomsDuties = "ecommerce.customs_duties";

    /// <summary>Electronic payments (DEPA Art. 2.7).</summary>
    public const string Payments = "digital.payments";

    /// <summary>Goods tariffs, through the schedule.</summary>
    public const string GoodsTariffs = "goods.tariffs";

    private static readonly ImmutableSortedDictionary<string, (Measure Measure, double Share)> Disciplines =
        new Dictionary<string, (Measure, double)>
        {
            [PaperlessTrading] = (Measure.ElectronicTransactions, 0.5),
            [ElectronicAuthentication] = (Measure.ElectronicTransactions, 0.5),
            [ConsumerProtection] = (Measure.Other, 0.5),
            [PersonalInformation] = (Measure.Other, 0.5),
            [DataFlows] = (Measure.DataFlows, 0.5),
            [ComputingLocation] = (Measure.DataFlows, 0.5),
            [CustomsDuties] = (Measure.ElectronicDuty, 1.0),
            [Payments] = (Measure.Payments, 1.0),
        }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    /// <summary>The e-commerce chapter's provisions in the order scenario files list them.</summary>
    public static IReadOnlyList<string> EcommerceChapter { get; } =
        [PaperlessTrading, ElectronicAuthentication, ConsumerProtection, PersonalInformation, DataFlows, ComputingLocation, CustomsDuties];

    /// <summary>
    /// DEPA-style modules and the provisions each brings (DEPA Modules 2 business and trade facilitation,
    /// 3 digital products, 4 data issues, 6 business and consumer trust; electronic payments from Module 2).
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Modules { get; } = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["trade_facilitation"] = [PaperlessTrading, ElectronicAuthentication],
        ["payments"] = [Payments],
        ["digital_products"] = [CustomsDuties],
        ["data_issues"] = [DataFlows, ComputingLocation, PersonalInformation],
        ["consumer_trust"] = [ConsumerProtection],
    };

    /// <summary>Every provision name the model knows, besides <see cref="GoodsTariffs"/>.</summary>
    public static IEnumerable<string> Names => Disciplines.Keys;

    /// <summary>The measure a provision disciplines and its share of it.</summary>
    public static (Measure Measure, double Share) Discipline(string provision) =>
        Disciplines.TryGetValue(provision, out var d) ? d : throw new ArgumentException($"unknown provision {provision}", nameof(provision));

    /// <summary>True for a provision name the model knows.</summary>
    public static bool Knows(string provision) => provision == GoodsTariffs || Disciplines.ContainsKey(provision);
}
