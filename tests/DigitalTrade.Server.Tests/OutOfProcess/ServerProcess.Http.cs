using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace DigitalTrade.Server.Tests.OutOfProcess;

/// <summary>The requests the tests send to the server process.</summary>
public sealed partial class ServerProcess
{
    /// <summary>Sends a request with <see cref="Client"/>; a request that gets no answer fails naming the server's state and output.</summary>
    public async Task<Answer> SendAsync(HttpRequestMessage request)
    {
        var what = $"{request.Method} {request.RequestUri}";
        try
        {
            return await Answer.SendAsync(Client, request);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            var state = PeakMemoryBytes() is { } peak ? $"is running, peak memory {peak / 1_000_000} MB" : "has died";
            Assert.Fail($"{what} got no answer ({e.GetType().Name}: {e.Message}); the server {state}; the end of its output:\n{Tail()}");
            throw;
        }
    }

    /// <summary>Posts scenario YAML to /api/runs (see <see cref="Answer.Submission"/> for <paramref name="expectContinue"/>).</summary>
    public Task<Answer> SubmitAsync(string yaml, bool expectContinue = false) => SendAsync(Answer.Submission(yaml, expectContinue));

    /// <summary>GETs a path.</summary>
    public Task<Answer> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    /// <summary>POSTs to a path without a body.</summary>
    public Task<Answer> PostAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Post, path));

    /// <summary>Submits a scenario that must be accepted; answers the run's id.</summary>
    public async Task<string> StartRunAsync(string yaml)
    {
        var submitted = await SubmitAsync(yaml);
        Assert.True(submitted.Status == HttpStatusCode.Accepted, $"submitting a scenario answered {(int)submitted.Status}: {submitted.Body}");
        return submitted.Json().GetProperty("id").GetString()!;
    }

    /// <summary>Follows a run through the long poll until it stops (at most 30 s); answers its final state.</summary>
    public async Task<JsonElement> WaitUntilStoppedAsync(string runId)
    {
        var deadline = Stopwatch.StartNew();
        var round = -1;
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            var run = (await GetAsync($"/api/runs/{runId}/wait?afterRound={round}&timeoutSeconds=5")).Json();
            round = run.GetProperty("round").GetInt32();
            if (run.GetProperty("status").GetString() is "Completed" or "Failed" or "Cancelled" or "Interrupted")
            {
                return run;
            }
        }

        throw new TimeoutException($"run {runId} still going at round {round} after 30 s; expected it to stop");
    }
}
