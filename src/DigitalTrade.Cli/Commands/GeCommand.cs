using System.Diagnostics;
using System.Globalization;
using DigitalTrade.Model.Equilibrium;
using DigitalTrade.Model.Estimation;
using DigitalTrade.Model.Experiments;
using DigitalTrade.Model.Trade;
using DigitalTrade.Outputs;
using DigitalTrade.Scenarios.Experiments;
using Spectre.Console;
using Spectre.Console.Cli;

namespace DigitalTrade.Cli.Commands;

/// <summary>
/// <c>dtsim ge</c>: estimates trade costs and solves a general-equilibrium counterfactual from an
/// experiment file, writing countries.csv, coefficients.csv, pairs.csv and diagnostics.json.
/// </summary>
public sealed class GeCommand : Command<GeSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, GeSettings settings, CancellationToken cancellationToken)
    {
        var loaded = GeExperimentLoader.Load(settings.Experiment, settings.Solver, settings.Imbalances);
        if (!loaded.IsValid)
        {
            ScenarioIssues.Print(loaded.Issues);
            return ExitCodes.InvalidInput;
        }

        var experiment = loaded.Experiment!;
        var solver = experiment.Experiment.Solver switch
        {
            GeSolver.Agtpa => "agtpa",
            GeSolver.GeGravity => "ge_gravity",
            _ => "exact",
        };
        string? imbalances = experiment.Experiment.Solver != GeSolver.GeGravity ? null
            : experiment.Experiment.Imbalances == ImbalanceClosure.Multiplicative ? "multiplicative" : "additive";
        var target = settings.Out ?? Path.Combine("results", "ge", imbalances is null ? $"{experiment.Experiment.Name}-{solver}" : $"{experiment.Experiment.Name}-{solver}-{imbalances}");
        OutputFolder folder;
        try
        {
            folder = OutputFolder.Prepare(target, marker: "diagnostics.json");
        }
        catch (Exception ex) when (ex is OutputFolderException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"dtsim: error: {ex.Message}");
            return ExitCodes.InvalidInput;
        }

        var clock = Stopwatch.StartNew();
        GeExperimentResult result;
        try
        {
            result = GeExperimentRunner.Run(experiment.Experiment, experiment.Panel);
        }
        catch (Exception ex) when (ex is ArgumentException or PpmlConvergenceException or ModelConvergenceException)
        {
            // The data or the specification cannot be estimated or solved: the user's to fix.
            Directory.Delete(folder.StagingPath, recursive: true);
            Console.Error.WriteLine($"{settings.Experiment}: error: {ex.Message}");
            return ExitCodes.InvalidInput;
        }

        GeResultWriter.Write(folder.StagingPath, result, new
        {
            experiment = experiment.Experiment.Name,
            file = experiment.SourcePath,
            sha256 = experiment.Sha256,
            data = experiment.DataPath,
            sigma = experiment.Experiment.Sigma,
            theta = experiment.Experiment.Theta,
            reference_country = experiment.Experiment.ReferenceCountry,
            baseline_year = experiment.Experiment.BaselineYear,
            solver,
            imbalances,
            elapsed_ms = clock.ElapsedMilliseconds,
        });
        folder.Complete();
        Print(result, folder.TargetPath);
        return ExitCodes.Success;
    }

    private static void Print(GeExperimentResult result, string output)
    {
        var estimates = new Table().Title("Estimates").AddColumns("stage", "term", "estimate", "std. error");
        foreach (var c in result.Coefficients)
        {
            estimates.AddRow(c.Stage, c.Term, F(c.Estimate, "F4"), F(c.StdError, "F4"));
        }

        AnsiConsole.Write(estimates);
        var table = new Table().Title("Percent change, baseline to counterfactual (largest welfare changes)")
            .AddColumns("country", "exports cdl", "exports full", "price", "IMR full", "OMR full", "real GDP", "welfare");
        foreach (var c in result.Countries.OrderByDescending(c => Math.Abs(c.Change.WelfarePct)).ThenBy(c => c.Country, StringComparer.Ordinal).Take(10))
        {
            table.AddRow(
                c.Country, F(c.Change.ExportsCdlPct), F(c.Change.ExportsFullPct), F(c.Change.PriceFullPct), F(c.Change.ImrFullPct),
                F(c.Change.OmrFullPct), F(c.Change.RealGdpFullPct), F(c.Change.WelfarePct));
        }

        AnsiConsole.Write(table);
        var d = result.Diagnostics;
        AnsiConsole.WriteLine($"{d.Observations} observations ({d.DroppedObservations} dropped), PPML {d.FirstStageIterations} iterations; solver {d.Solver}: {d.FullIterations} iterations");
        AnsiConsole.WriteLine($"Outputs: {output}");
    }

    private static string F(double value, string format = "F3") => value.ToString(format, CultureInfo.InvariantCulture);
}
