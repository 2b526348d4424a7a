namespace DigitalTrade.Model.Disputes;

/// <summary>Where a dispute is heard (DESIGN §5.7).</summary>
public enum Forum
{
    /// <summary>WTO dispute settlement (DSU), with appeals into the void unless both parties use the MPIA.</summary>
    Wto = 0,

    /// <summary>RCEP chapter 19; e-commerce chapter matters go to consultations and the Joint Committee only.</summary>
    Rcep = 1,

    /// <summary>The proposed digital-trade dispute mechanism, as the scenario defines it.</summary>
    Digital = 2,

    /// <summary>Political consultations only.</summary>
    None = 3,
}

/// <summary>The stages of a dispute as dispute_stages.csv names them.</summary>
public enum DisputeStage
{
    /// <summary>Consultations between the parties.</summary>
    Consultations = 0,

    /// <summary>A panel hears the dispute.</summary>
    Panel = 1,

    /// <summary>An appeal (WTO): into the void unless both parties use the MPIA.</summary>
    Appeal = 2,

    /// <summary>Appeal arbitration under the MPIA (DSU Art. 25).</summary>
    Arbitration = 3,

    /// <summary>The reasonable period of time to comply, and any compliance review.</summary>
    Compliance = 4,

    /// <summary>Retaliation is authorised.</summary>
    Retaliation = 5,

    /// <summary>Referral to the RCEP Joint Committee (e-commerce chapter matters).</summary>
    JointCommittee = 6,

    /// <summary>The dispute is over.</summary>
    Closed = 7,
}

/// <summary>How a dispute ended, or that it has not.</summary>
public enum DisputeOutcome
{
    /// <summary>Still open at the end of the run.</summary>
    Pending = 0,

    /// <summary>Settled by the parties: the measure goes back within the commitment.</summary>
    Settled = 1,

    /// <summary>The respondent removed the measure (after a Joint Committee referral).</summary>
    Withdrawn = 2,

    /// <summary>The respondent complied with an adverse ruling: the measure goes back within the commitment.</summary>
    Complied = 3,

    /// <summary>The respondent did not comply: the complainant raises tariffs on it by the harm.</summary>
    RetaliationAuthorized = 4,

    /// <summary>An appeal by or against a party outside the MPIA: the panel report never binds.</summary>
    AppealIntoVoid = 5,

    /// <summary>The Joint Committee did not resolve it: the measure stays.</summary>
    JointCommittee = 6,

    /// <summary>The panel (or arbitrators) found for the respondent: the measure stays.</summary>
    Rejected = 7,
}

/// <summary>Names of forums, stages and outcomes in files.</summary>
public static class DisputeNames
{
    /// <summary>The forum's name.</summary>
    public static string Name(Forum forum) => forum switch
    {
        Forum.Wto => "wto",
        Forum.Rcep => "rcep",
        Forum.Digital => "digital",
        Forum.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(forum), forum, "unknown forum"),
    };

    /// <summary>Parses a forum's name; null when unknown.</summary>
    public static Forum? ParseForum(string name) => name switch
    {
        "wto" => Forum.Wto,
        "rcep" => Forum.Rcep,
        "digital" => Forum.Digital,
        "none" => Forum.None,
        _ => null,
    };

    /// <summary>The stage's name.</summary>
    public static string Name(DisputeStage stage) => stage switch
    {
        DisputeStage.Consultations => "consultations",
        DisputeStage.Panel => "panel",
        DisputeStage.Appeal => "appeal",
        DisputeStage.Arbitration => "arbitration",
        DisputeStage.Compliance => "compliance",
        DisputeStage.Retaliation => "retaliation",
        DisputeStage.JointCommittee => "joint_committee",
        DisputeStage.Closed => "closed",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "unknown stage"),
    };

    /// <summary>The outcome's name.</summary>
    public static string Name(DisputeOutcome outcome) => outcome switch
    {
        DisputeOutcome.Pending => "pending",
        DisputeOutcome.Settled => "settled",
        DisputeOutcome.Withdrawn => "withdrawn",
        DisputeOutcome.Complied => "complied",
        DisputeOutcome.RetaliationAuthorized => "retaliation_authorized",
        DisputeOutcome.AppealIntoVoid => "appeal_into_void",
        DisputeOutcome.JointCommittee => "joint_committee",
        DisputeOutcome.Rejected => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "unknown outcome"),
    };
}
