namespace DigitalTrade.Scenarios;

/// <summary>One validation problem: where it is (file, 1-based line and column) and the rule it breaks.</summary>
public sealed record ScenarioIssue(string File, int Line, int Column, string Rule, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}:{Column}: error [{Rule}]: {Message}";
}
