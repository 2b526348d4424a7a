using System.Collections.Immutable;
using System.Text.Json.Nodes;
using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.World;
using DigitalTrade.Scenarios.Yaml;

namespace DigitalTrade.Scenarios;

/// <summary>
/// Maps dispute settlement: <c>parameters.disputes</c> over the documented <see cref="DisputeParameters"/> (each
/// procedure key replaces only that field of its forum's default), and <c>dispute_mechanism:</c> to a
/// <see cref="DigitalMechanism"/> whose procedure is the resolved <c>parameters.disputes.digital</c> with the
/// mechanism's own overrides.
/// </summary>
internal static class DisputeMapper
{
    private const string Parameters = "/parameters/disputes";
    private const string Mechanism = "/dispute_mechanism";

    public static DisputeParameters MapParameters(JsonNode root, DisputeParameters d)
    {
        double? N(string key) => TreeValues.Number(root, Parameters + "/" + key);
        ImmutableArray<string>? List(string key) =>
            TreeValues.At(root, Parameters + "/" + key) is JsonArray ? [.. TreeValues.Strings(root, Parameters + "/" + key).Select(x => x.Value)] : null;

        return d with
        {
            ForumPreference = List("forum_preference") is { } forums ? [.. forums.Select(f => DisputeNames.ParseForum(f)!.Value)] : d.ForumPreference,
            Wto = Procedure(root, Parameters + "/wto", d.Wto),
            Rcep = Procedure(root, Parameters + "/rcep", d.Rcep),
            Digital = Procedure(root, Parameters + "/digital", d.Digital),
            None = Procedure(root, Parameters + "/none", d.None),
            RcepAgreement = TreeValues.String(root, Parameters + "/rcep_agreement") ?? d.RcepAgreement,
            RcepLeastDeveloped = List("rcep_least_developed") is { } ldcs ? [.. ldcs.Order(StringComparer.Ordinal)] : d.RcepLeastDeveloped,
            LdcRestraint = N("ldc_restraint") ?? d.LdcRestraint,
            WtoCoverage = List("wto_coverage") ?? d.WtoCoverage,
            HarmThreshold = N("harm_threshold") ?? d.HarmThreshold,
            FilingScale = N("filing_scale") ?? d.FilingScale,
            CapacityElasticity = N("capacity_elasticity") ?? d.CapacityElasticity,
            DeterrenceWeight = N("deterrence_weight") ?? d.DeterrenceWeight,
            DiscountAnnual = N("discount_annual") ?? d.DiscountAnnual,
        };
    }

    /// <summary>
    /// The scenario's mechanism, or null when it has none: its members among the scenario's countries in ordinal
    /// order (a list, or the parties an agreement lists), its coverage as written, and its procedure.
    /// </summary>
    public static DigitalMechanism? MapMechanism(
        JsonNode root, ImmutableArray<CountryProfile> countries, ImmutableArray<AgreementDefinition> agreements, ForumProcedure digital)
    {
        if (TreeValues.At(root, Mechanism) is not JsonObject)
        {
            return null;
        }

        var included = countries.Select(c => c.Iso3).ToHashSet(StringComparer.Ordinal);
        var named = TreeValues.String(root, Mechanism + "/members") is { } agreement
            ? agreements.First(a => a.Id == agreement).Members.Select(m => m.Iso3)
            : TreeValues.Strings(root, Mechanism + "/members").Select(x => x.Value);
        return new DigitalMechanism(
            [.. named.Where(included.Contains).Order(StringComparer.Ordinal)],
            [.. TreeValues.Strings(root, Mechanism + "/coverage").Select(x => x.Value)],
            (int?)TreeValues.Integer(root, Mechanism + "/in_force_round") ?? 0,
            Procedure(root, Mechanism + "/procedure", digital));
    }

    /// <summary>The procedure with the fields given at <paramref name="at"/> replaced (all of <paramref name="d"/> when absent).</summary>
    private static ForumProcedure Procedure(JsonNode root, string at, ForumProcedure d)
    {
        double? N(string key) => TreeValues.Number(root, at + "/" + key);
        int? Days(string key) => (int?)TreeValues.Integer(root, at + "/" + key);

        return d with
        {
            ConsultationDays = Days("consultation_days") ?? d.ConsultationDays,
            SettleProbability = N("settle_probability") ?? d.SettleProbability,
            PanelDays = Days("panel_days") ?? d.PanelDays,
            WinProbability = N("win_probability") ?? d.WinProbability,
            AppealProbability = N("appeal_probability") ?? d.AppealProbability,
            AppealDays = Days("appeal_days") ?? d.AppealDays,
            UpholdProbability = N("uphold_probability") ?? d.UpholdProbability,
            ComplianceDays = Days("compliance_days") ?? d.ComplianceDays,
            ComplianceProbability = N("compliance_probability") ?? d.ComplianceProbability,
            RetaliationDays = Days("retaliation_days") ?? d.RetaliationDays,
            JointCommitteeDays = Days("joint_committee_days") ?? d.JointCommitteeDays,
            JointCommitteeResolution = N("joint_committee_resolution") ?? d.JointCommitteeResolution,
        };
    }
}
