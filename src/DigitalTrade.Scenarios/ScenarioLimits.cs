namespace DigitalTrade.Scenarios;

/// <summary>
/// Limits on what a scenario or experiment file may hold, checked while it is read, before any work
/// grows with its content. Each sits well above real use (10,000 rounds and 2,000 countries stay valid)
/// and well below what would take a process down; a violation is an issue like any other
/// (docs/scenarios.md, "Limits").
/// </summary>
public static class ScenarioLimits
{
    /// <summary>The largest file (and HTTP body) accepted: 1 MiB.</summary>
    public const int MaxDocumentBytes = 1024 * 1024;

    /// <summary>How deep mappings and lists may nest (the scenario schema needs 6).</summary>
    public const int MaxDepth = 32;

    /// <summary>Nodes (mappings, lists, scalars) in the document once aliases are expanded.</summary>
    public const int MaxNodes = 250_000;

    /// <summary>Aliases may expand a document to at most this many times its length (counted in nodes plus characters)...</summary>
    public const int AliasExpansionFactor = 10;

    /// <summary>...plus this allowance, so a short document may still use aliases freely.</summary>
    public const int AliasExpansionAllowance = 64 * 1024;

    /// <summary>The longest scalar value (e.g. a description), in characters.</summary>
    public const int MaxScalarLength = 10_000;

    /// <summary>The longest key, name or id, in characters.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Command-line overrides (<c>--set</c>) in one call.</summary>
    public const int MaxOverrides = 1_000;

    /// <summary>The largest data file (CSV) a scenario or experiment may name: 256 MiB.</summary>
    public const long MaxDataFileBytes = 256L * 1024 * 1024;

    /// <summary>Countries in one scenario (after <c>countries.include</c>).</summary>
    public const int MaxCountries = 2_000;

    /// <summary>Rounds after the baseline.</summary>
    public const int MaxRounds = 10_000;

    /// <summary>Entries of <c>events</c>.</summary>
    public const int MaxEvents = 20_000;

    /// <summary>Entries of <c>agreements</c>.</summary>
    public const int MaxAgreements = 1_000;
}
