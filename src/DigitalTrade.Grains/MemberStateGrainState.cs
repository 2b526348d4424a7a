using DigitalTrade.Model.Engine;
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

    /// <summary>Last round closed (−1: none).</summary>
    public int ClosedRound { get; set; } = -1;
}
