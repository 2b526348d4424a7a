using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DigitalTrade.Server.Hosting;
using Microsoft.AspNetCore.Builder;

namespace DigitalTrade.Server.Tests;

/// <summary>
/// One real server per test collection: Kestrel on a free loopback port, an embedded silo, an API
/// key and an active-run limit of 1 (so the 429 test needs only one long run). Its rate limits are far
/// above what the tests and the browser ask for (ServerProcessTests test the limits themselves).
/// </summary>
public class ServerFixture : IAsyncLifetime
{
    public const string ApiKey = "test-key-7f3a";

    private WebApplication? _app;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The example scenario, with its data paths written relative to the scenarios folder (the server's data root).</summary>
    public static string ShocksYaml { get; } =
        File.ReadAllText(Path.Combine(RepositoryPaths.Scenarios, "examples", "shocks.yaml")).Replace("../data/", "data/", StringComparison.Ordinal);

    /// <summary>The example scenario with 5000 rounds: runs long enough to be paused, counted and cancelled.</summary>
    public static string LongYaml { get; } = ShocksYaml.Replace("rounds: 8", "rounds: 5000", StringComparison.Ordinal);

    public async Task InitializeAsync()
    {
        _app = ServerApp.Build(["--urls", "http://127.0.0.1:0"], Configure);
        await _app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(ServerApp.Addresses(_app)[0]), Timeout = TimeSpan.FromSeconds(30) };
        Client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        Anonymous = new HttpClient { BaseAddress = Client.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The running server's services (its grain factory, for tests that act on the silo directly).</summary>
    public IServiceProvider Services => _app!.Services;

    public async Task DisposeAsync()
    {
        Client.Dispose();
        Anonymous.Dispose();
        if (_app is not null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _app.StopAsync(timeout.Token);
            await _app.DisposeAsync();
        }
    }

    /// <summary>The same server without the API key header.</summary>
    public HttpClient Anonymous { get; private set; } = null!;

    /// <summary>Posts scenario YAML as application/yaml, with the given key (none when null).</summary>
    public Task<HttpResponseMessage> SubmitAsync(string yaml, string? key = ApiKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/runs")
        {
            Content = new StringContent(yaml, Encoding.UTF8, new MediaTypeHeaderValue("application/yaml")),
        };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return Anonymous.SendAsync(request);
    }

    /// <summary>Submits a scenario that must be accepted and answers the run's id.</summary>
    public async Task<string> StartAsync(string yaml)
    {
        using var response = await SubmitAsync(yaml);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Accepted, $"submitting a scenario answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var run = await response.Content.ReadFromJsonAsync<JsonElement>();
        return run.GetProperty("id").GetString()!;
    }

    /// <summary>Follows a run through the long-poll route until it stops; fails naming the run and its last status after 30 s.</summary>
    public async Task<JsonElement> WaitUntilStoppedAsync(string runId)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var round = -1;
        var status = "";
        while (!deadline.IsCancellationRequested)
        {
            var run = await Client.GetFromJsonAsync<JsonElement>($"/api/runs/{runId}/wait?afterRound={round}&timeoutSeconds=5", deadline.Token);
            status = run.GetProperty("status").GetString()!;
            round = run.GetProperty("round").GetInt32();
            if (status is "Completed" or "Failed" or "Cancelled" or "Interrupted")
            {
                return run;
            }
        }

        throw new TimeoutException($"run {runId} still {status} at round {round} after 30 s; expected it to stop");
    }

    public async Task<HttpResponseMessage> PostAsync(string path) => await Client.PostAsync(path, content: null);

    /// <summary>The server's options; a derived fixture changes them after these.</summary>
    protected virtual void Configure(ServerOptions options)
    {
        options.ScenariosDirectory = RepositoryPaths.Scenarios;
        options.MaxActiveRuns = 1;
        options.ApiKey = ApiKey;
        options.MinimumLogLevel = Serilog.Events.LogEventLevel.Warning;
        options.RequestsPerMinute = 100_000;
        options.RequestBurst = 10_000;
        options.SubmissionsPerMinute = 10_000;
        options.SubmissionBurst = 1_000;
    }
}

[CollectionDefinition(Name)]
public sealed class ServerCollection : ICollectionFixture<ServerFixture>
{
    public const string Name = "server";
}
