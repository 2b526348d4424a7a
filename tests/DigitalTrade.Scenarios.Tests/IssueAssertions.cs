using System.Collections.Immutable;

namespace DigitalTrade.Scenarios.Tests;

/// <summary>Compact checks of issues: rule, line and column, with every issue in the failure message.</summary>
internal static class IssueAssertions
{
    public static ScenarioIssue Single(ImmutableArray<ScenarioIssue> issues, string rule, int line, int column)
    {
        Assert.True(issues.Length == 1, $"expected one issue, got {issues.Length}:\n{string.Join('\n', issues)}");
        return Has(issues, rule, line, column);
    }

    public static ScenarioIssue Has(ImmutableArray<ScenarioIssue> issues, string rule, int line, int column)
    {
        var match = issues.FirstOrDefault(i => i.Rule == rule && i.Line == line && i.Column == column);
        Assert.True(match is not null, $"expected [{rule}] at {line}:{column}, got:\n{string.Join('\n', issues)}");
        return match!;
    }
}
