using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DigitalTrade.Cli.Commands;

/// <summary>Options of <c>dtsim ge</c>.</summary>
public sealed class GeSettings : CommandSettings
{
    /// <summary>The experiment file.</summary>
    [CommandArgument(0, "<experiment>")]
    [Description("GE experiment file (YAML), e.g. scenarios/ge/agtpa-nafta.yaml.")]
    public string Experiment { get; init; } = "";

    /// <summary>exact or agtpa, replacing the file's choice.</summary>
    [CommandOption("--solver <SOLVER>")]
    [Description("exact (hat algebra, κ closure) or agtpa (the book's iterative GE-PPML procedure).")]
    public string? Solver { get; init; }

    /// <summary>The output folder.</summary>
    [CommandOption("-o|--out <DIR>")]
    [Description("Output folder (default: results/ge/<experiment name>-<solver>).")]
    public string? Out { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Solver is null or "exact" or "agtpa"
            ? ValidationResult.Success()
            : ValidationResult.Error($"--solver must be exact or agtpa, got '{Solver}'");
}
