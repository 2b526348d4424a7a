using System.Collections.Immutable;

namespace DigitalTrade.Model.Digital;

/// <summary>
/// A country's digital capabilities (DESIGN §5.5–5.6): readiness R ∈ (0, 1], adoption of paperless
/// trade (0–1), whether it runs cross-border e-commerce pilot zones, and the partners whose payment
/// systems interoperate with its own.
/// </summary>
public sealed record DigitalState(double Readiness, double Paperless, bool PilotZone, ImmutableArray<string> PaymentPartners)
{
    /// <summary>Full readiness, no mechanisms: the neutral state of a world without digital data.</summary>
    public static DigitalState Neutral { get; } = new(1.0, 0.0, false, []);

    /// <summary>True when the two countries' payment systems interoperate.</summary>
    public bool PaysWith(string partner) => PaymentPartners.Contains(partner);
}

/// <summary>
/// What a member remembers of earlier rounds for its policy and growth: import penetration of the
/// digital sectors in the last two rounds, real income per unit of endowment in the last round, and
/// its average effective digital restrictiveness against each partner at its last policy phase, and how
/// much that rose (canonical country order; empty before the first record) — the reciprocity signal
/// others read.
/// <see cref="Rounds"/> counts the rounds remembered (0, 1, or 2 and more), since the values are 0 before.
/// </summary>
public sealed record RoundMemory(
    int Rounds,
    double ImportPenetration,
    double PreviousImportPenetration,
    double GainsRatio,
    ImmutableArray<double> EffectiveAgainst,
    ImmutableArray<double> RaisedAgainst)
{
    /// <summary>Nothing remembered yet.</summary>
    public static RoundMemory Empty { get; } = new(0, 0.0, 0.0, 0.0, [], []);

    /// <summary>The gains ratio of the round before the last (0 until two rounds are remembered).</summary>
    public double PreviousGainsRatio { get; init; }
}
