namespace DigitalTrade.Model.Policy;

/// <summary>A state's decision to move one measure's applied level, with the score behind it.</summary>
/// <param name="Country">The importer.</param>
/// <param name="Measure">The digital measure.</param>
/// <param name="From">The applied level before.</param>
/// <param name="To">The applied level proposed.</param>
/// <param name="Score">The policy score (above the threshold to raise, below minus it to lower).</param>
public sealed record PolicyProposal(string Country, Measure Measure, double From, double To, double Score)
{
    /// <summary>True for an increase.</summary>
    public bool Raises => To > From;
}

/// <summary>What a binding made of a proposed increase towards its partner.</summary>
public enum RulingOutcome
{
    /// <summary>The binding holds: the partner keeps the bound level.</summary>
    Blocked = 0,

    /// <summary>Allowed under the legitimate-public-policy exception.</summary>
    PublicPolicyException = 1,

    /// <summary>Allowed under the essential-security exception.</summary>
    SecurityException = 2,

    /// <summary>The importer broke the commitment: the expected cost did not deter it.</summary>
    Violated = 3,
}

/// <summary>The ruling on one binding for one proposed increase.</summary>
/// <param name="Agreement">The agreement.</param>
/// <param name="Importer">The country that proposed the increase.</param>
/// <param name="Partner">The partner the binding protects.</param>
/// <param name="Measure">The measure.</param>
/// <param name="Provisions">The provisions behind the binding.</param>
/// <param name="DisputeSettlement">Whether dispute settlement covers them.</param>
/// <param name="ExpectedCost">The expected cost of breaking the commitment the importer weighed.</param>
/// <param name="Outcome">The ruling.</param>
public sealed record CommitmentRuling(
    string Agreement,
    string Importer,
    string Partner,
    Measure Measure,
    System.Collections.Immutable.ImmutableArray<string> Provisions,
    bool DisputeSettlement,
    double ExpectedCost,
    RulingOutcome Outcome);
