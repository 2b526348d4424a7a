using System.Collections.Immutable;

namespace DigitalTrade.Model.Policy;

/// <summary>
/// A commitment of an importer towards one partner on one measure, from an agreement in force for
/// the pair: the partner faces at most <see cref="BoundAt"/> while the binding holds. Bindings are
/// created when the pair's coverage starts, from the importer's level at that round.
/// </summary>
/// <param name="Agreement">The agreement's id.</param>
/// <param name="Partner">The exporter the commitment protects.</param>
/// <param name="Measure">The measure bound.</param>
/// <param name="Provisions">The agreement's provisions behind it (for example <c>ecommerce.data_flows</c>).</param>
/// <param name="BaseLevel">The importer's level when the binding was made.</param>
/// <param name="Reduction">Share of the base level removed by the provisions' depth (0: a standstill).</param>
/// <param name="Schedule">A tariff elimination schedule on top, or null.</param>
/// <param name="DisputeSettlement">True when any provision behind it is covered by dispute settlement.</param>
/// <param name="LapsesWithMoratorium">True when the commitment only holds while the WTO moratorium does (RCEP Art. 12.11).</param>
/// <param name="Status">Whether it still holds, was set aside under an exception, or was broken.</param>
public sealed record Binding(
    string Agreement,
    string Partner,
    Measure Measure,
    ImmutableArray<string> Provisions,
    double BaseLevel,
    double Reduction,
    TariffSchedule? Schedule,
    bool DisputeSettlement,
    bool LapsesWithMoratorium,
    BindingStatus Status)
{
    /// <summary>The most the partner may face at the round while the binding holds.</summary>
    public double BoundAt(int round) => BaseLevel * (1.0 - Reduction) * (1.0 - (Schedule?.EliminatedAt(round) ?? 0.0));

    /// <summary>True when the binding constrains the measure at the round.</summary>
    public bool Holds(bool moratoriumInForce) => Status == BindingStatus.Active && (!LapsesWithMoratorium || moratoriumInForce);
}

/// <summary>What became of a binding.</summary>
public enum BindingStatus
{
    /// <summary>It holds.</summary>
    Active = 0,

    /// <summary>Set aside for a measure the importer considers necessary for a legitimate public policy objective.</summary>
    PublicPolicyException = 1,

    /// <summary>Set aside for essential security interests: not open to dispute.</summary>
    SecurityException = 2,

    /// <summary>Broken: the importer applied a covered increase to the partner without an exception.</summary>
    Violated = 3,
}

/// <summary>
/// A tariff elimination schedule: the share of the base rate eliminated grows linearly from the pair's
/// start round to <see cref="EliminationShare"/> after <see cref="PhaseInRounds"/> rounds.
/// </summary>
/// <param name="EliminationShare">Share of the tariff removed at the end (RCEP: tariffs on about 91% of goods).</param>
/// <param name="StartRound">Round the pair's schedule starts (negative: before the simulation).</param>
/// <param name="PhaseInRounds">Rounds until the schedule is complete (0: at once).</param>
public sealed record TariffSchedule(double EliminationShare, int StartRound, int PhaseInRounds)
{
    /// <summary>Share of the base rate eliminated at the round.</summary>
    public double EliminatedAt(int round) => EliminationShare * Phase(round, StartRound, PhaseInRounds);

    /// <summary>Linear phase-in: 0 before the start, 1 after the phase-in.</summary>
    public static double Phase(int round, int startRound, int phaseInRounds)
    {
        if (round < startRound)
        {
            return 0.0;
        }

        return phaseInRounds <= 0 ? 1.0 : Math.Min(1.0, (double)(round - startRound) / phaseInRounds);
    }
}
