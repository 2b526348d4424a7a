using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DigitalTrade.Cli.Commands;

/// <summary>Options of <c>dtsim run</c>.</summary>
public sealed class RunSettings : ScenarioSettings
{
    /// <summary>The output folder.</summary>
    [CommandOption("-o|--out <DIR>")]
    [Description("Output folder (default: the scenario's outputs.directory, else results/<scenario name>).")]
    public string? Out { get; init; }

    /// <summary>A seed replacing the scenario's, as typed.</summary>
    [CommandOption("--seed <N>")]
    [Description("Seed replacing the scenario's (a whole number from 0 to 2^53 − 1).")]
    public string? Seed { get; init; }

    /// <summary>The overrides including the seed, in the loader's form.</summary>
    public IReadOnlyList<string> Overrides => Seed is { } seed ? [.. Set, $"seed={seed}"] : Set;

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Seed is null || ulong.TryParse(Seed, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? ValidationResult.Success()
            : ValidationResult.Error($"--seed must be a whole number from 0 to 9007199254740991, got '{Seed}'");
}
