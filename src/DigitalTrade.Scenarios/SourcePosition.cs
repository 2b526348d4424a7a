namespace DigitalTrade.Scenarios;

/// <summary>A place in a source: a file (or "--set" for a command-line override) and a 1-based line and column.</summary>
internal readonly record struct SourcePosition(string File, int Line, int Column)
{
    /// <summary>An issue at this position.</summary>
    public ScenarioIssue Issue(string rule, string message) => new(File, Line, Column, rule, message);
}
