using DigitalTrade.Model.Policy;

namespace DigitalTrade.Model.Disputes;

/// <summary>
/// One dispute as its procedure stands: who against whom, over which binding, in which forum, the stage it
/// is in (and the last stage before it closed) and the round that stage ends, and how it ended. The harm and the respondent's goods exports to
/// the complainant at filing size any retaliation.
/// </summary>
public sealed record DisputeState(
    string Id,
    string Complainant,
    string Respondent,
    string Agreement,
    Measure Measure,
    string Provision,
    Forum Forum,
    int FiledRound,
    DisputeStage Stage,
    DisputeStage LastOpenStage,
    int StageEndRound,
    DisputeOutcome Outcome,
    int? ClosedRound,
    double HarmUsdBn,
    double RespondentGoodsExportsUsdBn)
{
    /// <summary>True while the procedure goes on.</summary>
    public bool IsOpen => Stage != DisputeStage.Closed;
}

/// <summary>One line of dispute_stages.csv: a dispute entered a stage at a round.</summary>
public sealed record DisputeStageRow(string DisputeId, int Round, string Stage);

/// <summary>One line of disputes.csv.</summary>
public sealed record DisputeRow(
    string DisputeId,
    string Complainant,
    string Respondent,
    string Measure,
    string Provision,
    string Forum,
    int FiledRound,
    string FinalStage,
    string Outcome,
    int? ClosedRound,
    double HarmUsdBn)
{
    /// <summary>The row of a dispute as it stands.</summary>
    public static DisputeRow Of(DisputeState d) => new(
        d.Id, d.Complainant, d.Respondent, Measures.Name(d.Measure), d.Provision, DisputeNames.Name(d.Forum), d.FiledRound,
        DisputeNames.Name(d.LastOpenStage), DisputeNames.Name(d.Outcome), d.ClosedRound, d.HarmUsdBn);
}
