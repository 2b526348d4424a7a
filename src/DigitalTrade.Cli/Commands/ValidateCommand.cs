using DigitalTrade.Scenarios;
using Spectre.Console.Cli;

namespace DigitalTrade.Cli.Commands;

/// <summary><c>dtsim validate</c>: checks a scenario and its data without running it.</summary>
public sealed class ValidateCommand : Command<ScenarioSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ScenarioSettings settings, CancellationToken cancellationToken)
    {
        var result = ScenarioLoader.Load(settings.Scenario, settings.Set);
        if (!result.IsValid)
        {
            ScenarioIssues.Print(result.Issues);
            return ExitCodes.InvalidInput;
        }

        var scenario = result.Scenario!.Definition;
        Console.WriteLine(
            $"{settings.Scenario}: valid: scenario {scenario.Name}, {scenario.Countries.Length} countries, " +
            $"{scenario.Rounds} rounds of {scenario.RoundDays} days, {scenario.Events.Length} events, seed {scenario.Seed}");
        return ExitCodes.Success;
    }
}
