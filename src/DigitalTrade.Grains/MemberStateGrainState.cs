using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.State;

namespace DigitalTrade.Grains;

/// <summary>What a member state persists: its run context, its economy and the last round of each phase it did.</summary>
public sealed class MemberStateGrainState
{
    /// <summary>What the member needs of its run (null until initialised).</summary>
    public MemberContext? Context { get; set; }

    /// <summary>The country's state.</summary>
    public CountryState? Country { get; set; }

    /// <summary>Last round whose events were applied (−1: none).</summary>
    public int EventsRound { get; set; } = -1;

    /// <summary>Last round whose policy was decided (−1: none).</summary>
    public int DecidedRound { get; set; } = -1;

    /// <summary>The proposals of the last round decided, applied in phase 3 and answered again if the round is replayed.</summary>
    public List<PolicyProposal> Proposals { get; set; } = [];

    /// <summary>Last round whose policy was applied (−1: none).</summary>
    public int PolicyRound { get; set; } = -1;

    /// <summary>Last round whose dispute effects were applied (−1: none).</summary>
    public int DisputesRound { get; set; } = -1;

    /// <summary>Last round closed (−1: none).</summary>
    public int ClosedRound { get; set; } = -1;

    /// <summary>The round whose start <see cref="StartCountry"/> is (−1: none yet).</summary>
    public int StartRound { get; set; } = -1;

    /// <summary>The country as it was when <see cref="StartRound"/> opened, before any of its phases: a replay starts from it.</summary>
    public CountryState? StartCountry { get; set; }
}
