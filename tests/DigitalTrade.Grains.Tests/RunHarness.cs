using System.Collections.Immutable;
using DigitalTrade.Contracts;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Metrics;
using DigitalTrade.Model.World;
using DigitalTrade.Outputs;
using DigitalTrade.Scenarios;

namespace DigitalTrade.Grains.Tests;

/// <summary>Runs scenarios on the cluster and on the reference engine, and writes their tables.</summary>
public static class RunHarness
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    public static ScenarioDefinition LoadScenario(string relativePath, params string[] overrides)
    {
        var result = ScenarioLoader.Load(Path.Combine(RepositoryPaths.Root, relativePath), overrides);
        Assert.True(result.IsValid, string.Join("\n", result.Issues));
        return result.Scenario!.Definition;
    }

    /// <summary>Follows a run by long polls until it stops; fails with the phase and run named if it does not.</summary>
    public static async Task<RunStatusReport> WaitForEndAsync(ISimulationGrain run, string runId)
    {
        var deadline = DateTime.UtcNow + RunTimeout;
        var status = await run.GetStatus();
        while (!status.Status.IsTerminal())
        {
            Assert.True(DateTime.UtcNow < deadline,
                $"run {runId} did not finish within {RunTimeout.TotalSeconds} s: status {status.Status}, last round {status.Round} of {status.Rounds}");
            status = await run.WaitForProgress(status.Round, TimeSpan.FromSeconds(5));
        }

        return status;
    }

    public static async Task<ImmutableArray<RoundReport>> CollectAsync(ISimulationGrain run)
    {
        var reports = ImmutableArray.CreateBuilder<RoundReport>();
        while (true)
        {
            var batch = await run.GetReports(reports.Count, 8);
            if (batch.IsEmpty)
            {
                return reports.ToImmutable();
            }

            reports.AddRange(batch);
        }
    }

    public static async Task<ImmutableArray<RoundReport>> RunOnClusterAsync(IGrainFactory grains, string runId, ScenarioDefinition scenario)
    {
        var run = grains.GetGrain<ISimulationGrain>(runId);
        await run.Start(scenario);
        var status = await WaitForEndAsync(run, runId);
        Assert.True(status.Status == RunStatus.Completed, $"run {runId} ended {status.Status}: {status.Error}");
        return await CollectAsync(run);
    }

    /// <summary>Writes every table of the reports into a new temporary folder and returns it.</summary>
    public static string WriteTables(IEnumerable<RoundReport> reports)
    {
        var folder = Directory.CreateTempSubdirectory("dtsim-tables-").FullName;
        using var writer = new RunTableWriter(folder, OutputTables.All);
        foreach (var report in reports)
        {
            writer.Write(report);
        }

        return folder;
    }

    public static string ReferenceTables(ScenarioDefinition scenario) => WriteTables(ReferenceEngine.Run(scenario));

    public static void AssertSameBytes(string expectedFolder, string actualFolder)
    {
        foreach (var table in OutputTables.All)
        {
            var file = OutputTables.FileName(table);
            var expected = File.ReadAllBytes(Path.Combine(expectedFolder, file));
            var actual = File.ReadAllBytes(Path.Combine(actualFolder, file));
            Assert.True(expected.AsSpan().SequenceEqual(actual), $"{file} differs between the reference engine ({expected.Length} bytes) and the cluster ({actual.Length} bytes)");
        }
    }
}
