using System.Diagnostics;
using System.Net;

namespace DigitalTrade.Server.Tests.OutOfProcess;

/// <summary>SIGTERM with a finished run, runs in flight and a long poll open (docs/api.md, "Shutdown").</summary>
[Collection(ServerProcessCollection.Name)]
public sealed class ShutdownTests
{
    private static readonly TimeSpan ExitLimit = TimeSpan.FromSeconds(10);

    /// <summary>The example scenario with the most rounds the schema allows: about ten seconds of play.</summary>
    private static string LongestYaml { get; } = ServerFixture.ShocksYaml.Replace("rounds: 8", "rounds: 10000", StringComparison.Ordinal);

    [Fact]
    public async Task On_SIGTERM_the_server_interrupts_its_runs_answers_the_open_long_poll_and_exits_within_10_s()
    {
        await using var server = await ServerProcess.StartAsync();
        var completed = await server.StartRunAsync(ServerFixture.ShocksYaml);
        Assert.Equal("Completed", (await server.WaitUntilStoppedAsync(completed)).GetProperty("status").GetString());
        var running = await server.StartRunAsync(LongestYaml);
        var paused = await server.StartRunAsync(LongestYaml);
        Assert.Equal(HttpStatusCode.OK, (await server.PostAsync($"/api/runs/{paused}/pause")).Status);
        var playing = (await server.GetAsync($"/api/runs/{running}/wait?afterRound=0&timeoutSeconds=10")).Json();
        Assert.Equal("Running", playing.GetProperty("status").GetString());

        // The paused run makes no progress, so this poll stays open until the shutdown ends it.
        var longPoll = Answer.SendAsync(server.Client, new HttpRequestMessage(HttpMethod.Get, $"/api/runs/{paused}/wait?afterRound=100000&timeoutSeconds=30"));
        var clock = Stopwatch.StartNew();
        await server.TerminateAsync();
        var exitCode = await server.WaitForExitAsync(ExitLimit, "after SIGTERM");
        var stopped = clock.Elapsed;

        Assert.True(stopped < ExitLimit, $"the server took {stopped.TotalSeconds:F1} s to exit");
        Assert.True(exitCode == 0, $"the server exited with {exitCode}; its output:\n{server.Output}");
        var polled = await longPoll;
        Assert.Equal(HttpStatusCode.OK, polled.Status);
        Assert.Equal("Interrupted", polled.Json().GetProperty("status").GetString());
        foreach (var id in new[] { running, paused })
        {
            Assert.Contains($"Run {id} interrupted at round ", server.Output, StringComparison.Ordinal);
            Assert.DoesNotContain($"Run {id} completed", server.Output, StringComparison.Ordinal);
        }

        Assert.DoesNotContain($"Run {completed} interrupted", server.Output, StringComparison.Ordinal); // a finished run keeps its status
    }
}
