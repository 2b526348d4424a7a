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

    /// <summary>exact, agtpa or ge_gravity, replacing the file's choice.</summary>
    [CommandOption("--solver <SOLVER>")]
    [Description("exact (hat algebra, κ closure), agtpa (the book's iterative GE-PPML procedure) or ge_gravity (Zylkin's fixed point, world output as numeraire); default: the file's solver key, else exact.")]
    public string? Solver { get; init; }

    /// <summary>additive or multiplicative, replacing the file's imbalances (ge_gravity only).</summary>
    [CommandOption("--imbalances <CLOSURE>")]
    [Description("ge_gravity only: additive (deficits held in levels) or multiplicative (expenditure a fixed multiple of output); default: the file's imbalances key, else additive.")]
    public string? Imbalances { get; init; }

    /// <summary>The output folder.</summary>
    [CommandOption("-o|--out <DIR>")]
    [Description("Output folder (default: results/ge/<experiment name>-<solver>, and -<imbalances> for ge_gravity).")]
    public string? Out { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Solver is not (null or "exact" or "agtpa" or "ge_gravity")
            ? ValidationResult.Error($"--solver must be exact, agtpa or ge_gravity, got '{Solver}'")
            : Imbalances is not (null or "additive" or "multiplicative")
                ? ValidationResult.Error($"--imbalances must be additive or multiplicative, got '{Imbalances}'")
                : ValidationResult.Success();
}
