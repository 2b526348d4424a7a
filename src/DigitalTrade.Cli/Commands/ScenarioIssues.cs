using DigitalTrade.Scenarios;

namespace DigitalTrade.Cli.Commands;

/// <summary>Prints validation problems the way compilers do: one per line, on standard error.</summary>
public static class ScenarioIssues
{
    /// <summary>Writes every issue and a count.</summary>
    public static void Print(IReadOnlyCollection<ScenarioIssue> issues)
    {
        foreach (var issue in issues)
        {
            Console.Error.WriteLine(issue.ToString());
        }

        Console.Error.WriteLine($"{issues.Count} error{(issues.Count == 1 ? "" : "s")}; nothing was run.");
    }
}
