using System.ComponentModel;
using Spectre.Console.Cli;

namespace DigitalTrade.Cli.Commands;

/// <summary>Options of <c>dtsim run</c>.</summary>
public sealed class RunSettings : ScenarioSettings
{
    /// <summary>The output folder.</summary>
    [CommandOption("-o|--out <DIR>")]
    [Description("Output folder (default: the scenario's outputs.directory, else results/<scenario name>).")]
    public string? Out { get; init; }

    /// <summary>A seed replacing the scenario's.</summary>
    [CommandOption("--seed <N>")]
    [Description("Seed replacing the scenario's (a non-negative integer).")]
    public ulong? Seed { get; init; }

    /// <summary>The overrides including the seed, in the loader's form.</summary>
    public IReadOnlyList<string> Overrides => Seed is { } seed ? [.. Set, $"seed={seed}"] : Set;
}
