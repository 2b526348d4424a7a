using System.Collections.Immutable;
using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Disputes;

/// <summary>A country's standing in dispute settlement: WTO membership, MPIA participation, and size (legal capacity).</summary>
public sealed record LegalProfile(string Iso3, bool WtoMember, bool MpiaParticipant, double GdpUsdBn);

/// <summary>
/// What dispute rules need of a run: the procedures, the digital mechanism if any, the agreements as they
/// stand (RCEP membership), every country's legal profile, the seed and the round length.
/// </summary>
public sealed record DisputeContext(
    DisputeParameters Parameters,
    DigitalMechanism? Mechanism,
    ImmutableArray<AgreementDefinition> Agreements,
    ImmutableArray<LegalProfile> Countries,
    ulong Seed,
    int RoundDays)
{
    /// <summary>The context of a scenario at its start.</summary>
    public static DisputeContext From(ScenarioDefinition scenario) => new(
        scenario.Parameters.Disputes,
        scenario.DisputeMechanism,
        scenario.Agreements,
        [.. scenario.Countries.Select(c => new LegalProfile(c.Iso3, c.WtoMember, c.MpiaParticipant, c.GdpUsdBn))],
        scenario.Seed,
        scenario.RoundDays);

    /// <summary>A country's profile.</summary>
    public LegalProfile Profile(string iso3) =>
        Countries.FirstOrDefault(c => c.Iso3 == iso3) ?? throw new KeyNotFoundException($"country {iso3} has no legal profile");

    /// <summary>The largest GDP among the countries (the scale of legal capacity).</summary>
    public double LargestGdp => Countries.Max(c => c.GdpUsdBn);

    /// <summary>The context with the agreements as they now stand.</summary>
    public DisputeContext With(ImmutableArray<AgreementDefinition> agreements) => this with { Agreements = agreements };
}
