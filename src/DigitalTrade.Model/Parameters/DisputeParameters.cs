using System.Collections.Immutable;
using DigitalTrade.Model.Disputes;

namespace DigitalTrade.Model.Parameters;

/// <summary>
/// Dispute settlement (DESIGN §5.7): each forum's procedure, how states choose a forum and decide to file,
/// and how much an expected ruling deters a state from breaking a commitment. Durations are in days and
/// become rounds by the scenario's round length; sources and assumptions are in docs/model.md.
/// </summary>
public sealed record DisputeParameters
{
    /// <summary>Forums in the order a complainant prefers them, when more than one covers the matter.</summary>
    public ImmutableArray<Forum> ForumPreference { get; init; } = [Forum.Digital, Forum.Rcep, Forum.Wto, Forum.None];

    /// <summary>The WTO's procedure (DSU; WTO 2015 for practice).</summary>
    public ForumProcedure Wto { get; init; } = new()
    {
        ConsultationDays = 60, SettleProbability = 0.5, PanelDays = 425, WinProbability = 0.85,
        AppealProbability = 0.67, AppealDays = 90, UpholdProbability = 0.8, ComplianceDays = 456,
        ComplianceProbability = 0.8, RetaliationDays = 30,
    };

    /// <summary>RCEP chapter 19 (Arts. 19.8, 19.13, 19.16); no appeal; chapter 12 matters to the Joint Committee.</summary>
    public ForumProcedure Rcep { get; init; } = new()
    {
        ConsultationDays = 60, SettleProbability = 0.5, PanelDays = 213, WinProbability = 0.85,
        AppealProbability = 0.0, ComplianceDays = 591, ComplianceProbability = 0.8, RetaliationDays = 30,
        JointCommitteeDays = 90, JointCommitteeResolution = 0.2,
    };

    /// <summary>Defaults of the digital-trade mechanism's procedure (the scenario's mechanism may override them).</summary>
    public ForumProcedure Digital { get; init; } = new()
    {
        ConsultationDays = 30, SettleProbability = 0.5, PanelDays = 120, WinProbability = 0.85,
        AppealProbability = 0.0, ComplianceDays = 180, ComplianceProbability = 0.8, RetaliationDays = 30,
    };

    /// <summary>Political consultations only: they settle or go on.</summary>
    public ForumProcedure None { get; init; } = new() { ConsultationDays = 60, SettleProbability = 0.2 };

    /// <summary>The agreement whose parties may use the RCEP forum.</summary>
    public string RcepAgreement { get; init; } = "rcep";

    /// <summary>RCEP's least-developed parties, towards whom retaliation shows due restraint (Art. 19.18).</summary>
    public ImmutableArray<string> RcepLeastDeveloped { get; init; } = ["KHM", "LAO", "MMR"];

    /// <summary>Share of the harm retaliation may reach against an RCEP least-developed party (assumption).</summary>
    public double LdcRestraint { get; init; } = 0.5;

    /// <summary>Provisions a WTO dispute can be about (GATT tariffs; GATS for data and payment services).</summary>
    public ImmutableArray<string> WtoCoverage { get; init; } =
        ["goods.tariffs", "ecommerce.data_flows", "ecommerce.computing_location", "digital.payments"];

    /// <summary>Harm, as a share of the complainant's exports to the respondent in the sectors hit, below which nobody files.</summary>
    public double HarmThreshold { get; init; } = 0.001;

    /// <summary>Harm share at which the filing probability reaches 1 − 1/e of the complainant's legal capacity.</summary>
    public double FilingScale { get; init; } = 0.01;

    /// <summary>Legal capacity is (GDP / largest GDP)^this (assumption: Bown 2005, capacity rises with size).</summary>
    public double CapacityElasticity { get; init; } = 0.25;

    /// <summary>Score units of the expected cost of breaking a commitment that a sure, immediate binding ruling carries.</summary>
    public double DeterrenceWeight { get; init; } = 4.0;

    /// <summary>Annual discount factor on a ruling that takes time to come.</summary>
    public double DiscountAnnual { get; init; } = 0.9;
}

/// <summary>One forum's procedure; durations in days, probabilities per dispute.</summary>
public sealed record ForumProcedure
{
    /// <summary>Consultations before a panel may be requested.</summary>
    public int ConsultationDays { get; init; } = 60;

    /// <summary>Chance the parties settle in consultations (WTO 2015: about half of disputes).</summary>
    public double SettleProbability { get; init; } = 0.5;

    /// <summary>Panel, from request to report (0: no panel).</summary>
    public int PanelDays { get; init; }

    /// <summary>Chance the panel finds for the complainant.</summary>
    public double WinProbability { get; init; } = 0.85;

    /// <summary>Chance the losing respondent appeals (0: no appeal stage).</summary>
    public double AppealProbability { get; init; }

    /// <summary>Appeal or appeal arbitration (DSU Art. 17.5: at most 90 days; MPIA: 90 days).</summary>
    public int AppealDays { get; init; } = 90;

    /// <summary>Chance an appeal upholds the finding.</summary>
    public double UpholdProbability { get; init; } = 0.8;

    /// <summary>Reasonable period of time to comply, with any compliance review.</summary>
    public int ComplianceDays { get; init; } = 456;

    /// <summary>Chance the respondent complies.</summary>
    public double ComplianceProbability { get; init; } = 0.8;

    /// <summary>From non-compliance to authorised retaliation (DSU Art. 22.6: 30 days).</summary>
    public int RetaliationDays { get; init; } = 30;

    /// <summary>RCEP: the Joint Committee's consideration of a chapter 12 matter.</summary>
    public int JointCommitteeDays { get; init; } = 90;

    /// <summary>RCEP: chance the Joint Committee resolves it and the measure is withdrawn.</summary>
    public double JointCommitteeResolution { get; init; } = 0.2;
}
