using System.Collections.Immutable;
using DigitalTrade.Model.Parameters;

namespace DigitalTrade.Model.World;

/// <summary>
/// The proposed digital-trade dispute mechanism as a scenario defines it: its members, the provisions it
/// covers (names, or a chapter prefix such as <c>ecommerce.*</c>), the round it starts, and its procedure.
/// </summary>
public sealed record DigitalMechanism(ImmutableArray<string> Members, ImmutableArray<string> Coverage, int InForceRound, ForumProcedure Procedure)
{
    /// <summary>True when the mechanism hears a matter between the two on the provision at the round.</summary>
    public bool Hears(string complainant, string respondent, string provision, int round) =>
        round >= InForceRound && Members.Contains(complainant) && Members.Contains(respondent) && Covers(Coverage, provision);

    /// <summary>True when a coverage list names the provision or its chapter (<c>chapter.*</c>).</summary>
    public static bool Covers(ImmutableArray<string> coverage, string provision) =>
        coverage.Any(c => c == provision || (c.EndsWith(".*", StringComparison.Ordinal) && provision.StartsWith(c[..^1], StringComparison.Ordinal)));
}
