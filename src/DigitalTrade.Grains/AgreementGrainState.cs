using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Policy;

namespace DigitalTrade.Grains;

/// <summary>What an agreement persists: its definition as it stands, the run's seed and policy parameters, and its rulings.</summary>
public sealed class AgreementGrainState
{
    /// <summary>The agreement with its parties (null until initialised).</summary>
    public AgreementDefinition? Definition { get; set; }

    /// <summary>The run's seed, for the exception draws.</summary>
    public ulong Seed { get; set; }

    /// <summary>The run's policy parameters (the expected costs of breaking a commitment).</summary>
    public PolicyParameters? Policy { get; set; }

    /// <summary>Last round checked (−1: none).</summary>
    public int CheckedRound { get; set; } = -1;

    /// <summary>The rulings of the last round checked, answered again if that round is replayed.</summary>
    public List<CommitmentRuling> LastRulings { get; set; } = [];

    /// <summary>Every ruling so far, in round order.</summary>
    public List<CommitmentRuling> Rulings { get; set; } = [];
}
