using System.ComponentModel;
using Spectre.Console.Cli;

namespace DigitalTrade.Cli.Commands;

/// <summary>Options every command that reads a scenario takes.</summary>
public class ScenarioSettings : CommandSettings
{
    /// <summary>The scenario file.</summary>
    [CommandArgument(0, "<scenario>")]
    [Description("Scenario file (YAML).")]
    public string Scenario { get; init; } = "";

    /// <summary>Overrides, <c>key=value</c>, applied before validation.</summary>
    [CommandOption("--set <KEY=VALUE>")]
    [Description("Override a scenario value before validation, e.g. rounds=8 or theta.goods=5 (repeatable).")]
    public string[] Set { get; init; } = [];
}
