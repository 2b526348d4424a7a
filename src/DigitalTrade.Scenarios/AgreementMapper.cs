using System.Collections.Immutable;
using System.Text.Json.Nodes;
using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.World;
using DigitalTrade.Scenarios.Yaml;

namespace DigitalTrade.Scenarios;

/// <summary>
/// Maps <c>agreements:</c> to <see cref="AgreementDefinition"/>s in file order: members of the scenario sorted
/// by ISO3 with their join rounds (listed members the scenario leaves out are dropped), and provisions in
/// canonical order: goods tariffs, then the e-commerce chapter in <see cref="ProvisionCatalog.EcommerceChapter"/>
/// order, then each module's provisions (modules in ordinal order).
/// </summary>
internal static class AgreementMapper
{
    /// <summary>The value of <c>members</c> that stands for every RCEP member of the countries file.</summary>
    public const string RcepMembers = "rcep_member";

    /// <summary>How e-commerce chapter provisions are prefixed in <see cref="ProvisionCatalog"/>.</summary>
    public const string EcommercePrefix = "ecommerce.";

    public static ImmutableArray<AgreementDefinition> Map(JsonNode root, ImmutableArray<CountryProfile> countries)
    {
        var agreements = ImmutableArray.CreateBuilder<AgreementDefinition>();
        for (var i = 0; TreeValues.At(root, Pointer.Child("/agreements", i)) is JsonObject; i++)
        {
            agreements.Add(Agreement(root, Pointer.Child("/agreements", i), countries));
        }

        return agreements.ToImmutable();
    }

    /// <summary>
    /// The members an agreement names, with the pointer of each: its list, or for <see cref="RcepMembers"/> every
    /// RCEP member among <paramref name="countries"/> (all at the <c>members</c> value).
    /// </summary>
    public static IEnumerable<(string Pointer, string Iso3)> NamedMembers(JsonNode? root, string agreement, IEnumerable<CountryProfile> countries) =>
        TreeValues.String(root, agreement + "/members") == RcepMembers
            ? countries.Where(c => c.RcepMember).Select(c => (agreement + "/members", c.Iso3))
            : TreeValues.Strings(root, agreement + "/members");

    private static AgreementDefinition Agreement(JsonNode root, string pointer, ImmutableArray<CountryProfile> countries)
    {
        var id = TreeValues.String(root, pointer + "/id")!;
        var kind = AgreementKinds.Parse(TreeValues.String(root, pointer + "/kind")!)!.Value;
        var inForce = (int)TreeValues.Integer(root, pointer + "/in_force_round")!.Value;
        var included = countries.Select(c => c.Iso3).ToHashSet(StringComparer.Ordinal);
        var members = NamedMembers(root, pointer, countries)
            .Select(m => m.Iso3)
            .Where(included.Contains)
            .Order(StringComparer.Ordinal)
            .Select(code => new AgreementMember(code, (int?)TreeValues.Integer(root, Pointer.Child(pointer + "/join_rounds", code)) ?? inForce))
            .ToImmutableArray();
        var eliminationShare = TreeValues.Number(root, pointer + "/tariffs/elimination_share") ?? 0.0;
        return new AgreementDefinition(
            id,
            kind,
            TreeValues.String(root, pointer + "/name") ?? id,
            TreeValues.String(root, pointer + "/hub"),
            members,
            eliminationShare,
            (int?)TreeValues.Integer(root, pointer + "/tariffs/phase_in_rounds") ?? 0,
            TreeValues.Boolean(root, pointer + "/rta_effect") ?? kind == AgreementKind.Fta,
            Provisions(root, pointer, eliminationShare),
            new ExceptionRates(
                TreeValues.Number(root, pointer + "/exceptions/public_policy") ?? 0.0,
                TreeValues.Number(root, pointer + "/exceptions/security") ?? 0.0));
    }

    private static ImmutableArray<Provision> Provisions(JsonNode root, string pointer, double eliminationShare)
    {
        var provisions = ImmutableArray.CreateBuilder<Provision>();
        if (eliminationShare > 0)
        {
            provisions.Add(new Provision(
                ProvisionCatalog.GoodsTariffs, TreeValues.Boolean(root, pointer + "/tariffs/dispute_settlement") ?? true, 0.0, false));
        }

        foreach (var name in ProvisionCatalog.EcommerceChapter)
        {
            var at = Pointer.Child(pointer + "/ecommerce", name[EcommercePrefix.Length..]);
            if (TreeValues.At(root, at) is JsonObject)
            {
                provisions.Add(Provision(root, at, name));
            }
        }

        foreach (var (module, names) in ProvisionCatalog.Modules.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            var at = Pointer.Child(pointer + "/modules", module);
            if (TreeValues.At(root, at) is JsonObject)
            {
                provisions.AddRange(names.Select(name => Provision(root, at, name)));
            }
        }

        return provisions.ToImmutable();
    }

    private static Provision Provision(JsonNode root, string at, string name) => new(
        name,
        TreeValues.Boolean(root, at + "/dispute_settlement") ?? false,
        TreeValues.Number(root, at + "/depth") ?? 0.0,
        TreeValues.Boolean(root, at + "/lapses_with_moratorium") ?? false);
}
