using System.Reflection;
using DigitalTrade.Cli.Hosting;
using DigitalTrade.Cli.Running;
using DigitalTrade.Contracts;
using DigitalTrade.Model.Calibration;
using DigitalTrade.Model.Metrics;
using DigitalTrade.Outputs;
using DigitalTrade.Scenarios;
using Serilog;
using Spectre.Console.Cli;

namespace DigitalTrade.Cli.Commands;

/// <summary>
/// <c>dtsim run</c>: validates the scenario, starts an embedded silo, runs the scenario and
/// writes the output folder completely, or marks it failed.
/// </summary>
public sealed class RunCommand : AsyncCommand<RunSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        var loaded = ScenarioLoader.Load(settings.Scenario, settings.Overrides);
        if (!loaded.IsValid)
        {
            ScenarioIssues.Print(loaded.Issues);
            return ExitCodes.InvalidInput;
        }

        var scenario = loaded.Scenario!;
        var target = settings.Out ?? scenario.Outputs.Directory ?? Path.Combine("results", scenario.Definition.Name);
        OutputFolder folder;
        try
        {
            folder = OutputFolder.Prepare(target);
        }
        catch (Exception ex) when (ex is OutputFolderException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"dtsim: error: {ex.Message}");
            return ExitCodes.InvalidInput;
        }

        var startedAt = DateTimeOffset.UtcNow;
        var tables = scenario.Outputs.Tables.IsDefaultOrEmpty ? OutputTables.All : scenario.Outputs.Tables;
        var name = scenario.Definition.Name;
        var runId = $"{name[..Math.Min(name.Length, 64)]}-{Guid.NewGuid():N}";
        RunStatusReport final;
        IReadOnlyDictionary<string, long> rowCounts;
        RoundReport? roundZero = null;
        var summary = new RunSummary();
        var log = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Orleans", Serilog.Events.LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft", Serilog.Events.LogEventLevel.Warning)
            .MinimumLevel.Override("Polly", Serilog.Events.LogEventLevel.Warning)
            .WriteTo.File(Path.Combine(folder.StagingPath, OutputFolder.LogFile), formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateLogger();
        try
        {
            log.Information("dtsim {Version} runs scenario {Scenario} ({File}, sha256 {Sha256}) with seed {Seed}", Version, scenario.Definition.Name, scenario.SourcePath, scenario.Sha256, scenario.Definition.Seed);
            using (var writer = new RunTableWriter(folder.StagingPath, tables))
            {
                var siloClock = System.Diagnostics.Stopwatch.StartNew();
                await using var silo = await EmbeddedSilo.StartAsync(log, cancellationToken);
                log.Information("Embedded silo started in {ElapsedMs} ms", siloClock.ElapsedMilliseconds);
                var driver = new RunDriver(silo.Grains, log);
                final = await ProgressReporter.TrackAsync(scenario.Definition.Name, progress =>
                    driver.RunAsync(runId, scenario.Definition, report =>
                    {
                        writer.Write(report);
                        summary.Observe(report);
                        roundZero ??= report.Round == 0 ? report : null;
                    }, progress, cancellationToken));
                writer.Finish();
                rowCounts = writer.RowCounts.ToDictionary();
            }

            log.Information("Run {RunId} ended {Status} at round {Round}", runId, final.Status, final.Round);
        }
        catch (Exception ex)
        {
            log.Error(ex, "Run {RunId} stopped by an internal error", runId);
            await log.DisposeAsync();
            folder.Fail(Manifest(scenario, "failed", ex.Message, -1, startedAt, folder.DescribeTables(new Dictionary<string, long>())));
            Console.Error.WriteLine($"dtsim: internal error: {ex.Message}; partial outputs in {folder.FailedPath}");
            return ExitCodes.InternalFailure;
        }

        await log.DisposeAsync();
        var tablesWritten = folder.DescribeTables(rowCounts);
        if (!scenario.FitTargets.IsDefaultOrEmpty && roundZero is not null)
        {
            // Round 0 against the observations the scenario names (docs/model.md, "The fit of round 0").
            var fit = BaselineFit.Evaluate(scenario.FitTargets, new RoundFitModel(roundZero));
            tablesWritten = tablesWritten.Add(folder.DescribeFile(BaselineFitWriter.FileName, BaselineFitWriter.Write(folder.StagingPath, fit)));
        }

        var manifest = Manifest(scenario, final.Status.ToString().ToLowerInvariant(), final.Error, final.Round, startedAt, tablesWritten);
        if (final.Status != RunStatus.Completed)
        {
            folder.Fail(manifest);
            Console.Error.WriteLine($"dtsim: run {final.Status.ToString().ToLowerInvariant()}: {final.Error ?? "interrupted"}; partial outputs in {folder.FailedPath}");
            return final.Status is RunStatus.Cancelled or RunStatus.Interrupted ? ExitCodes.Interrupted : ExitCodes.InternalFailure;
        }

        folder.Complete(manifest);
        summary.Print(folder.TargetPath);
        return ExitCodes.Success;
    }

    private static string Version =>
        typeof(RunCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    private static RunManifest Manifest(
        LoadedScenario scenario, string status, string? error, int lastRound, DateTimeOffset startedAt, System.Collections.Immutable.ImmutableArray<TableFile> tables)
    {
        var definition = scenario.Definition;
        var plus = Version.IndexOf('+', StringComparison.Ordinal);
        return new RunManifest(
            "dtsim",
            plus < 0 ? Version : Version[..plus],
            plus < 0 ? null : Version[(plus + 1)..],
            status,
            error,
            new ScenarioSource(definition.Name, definition.Description, scenario.SourcePath, scenario.Sha256),
            definition.Seed,
            definition.Rounds,
            definition.RoundDays,
            lastRound,
            [.. definition.Countries.Select(c => c.Iso3)],
            definition.Parameters,
            definition.Events.Length,
            startedAt,
            DateTimeOffset.UtcNow,
            tables,
            OutputFolder.LogFile);
    }
}
