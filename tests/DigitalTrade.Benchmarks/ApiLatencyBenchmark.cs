using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DigitalTrade.Benchmarks;

/// <summary>
/// A fixed-rate load generator for <c>GET /api/runs/{id}</c> (target: p99 under 20 ms at 100 requests
/// per second on loopback while a run is in progress). Not BenchmarkDotNet: it starts the server
/// (the Release build in .build/server, as <c>./run.sh serve</c> runs it) on a free loopback port, posts
/// the baseline with many rounds, then sends requests on an open-loop schedule (request k is sent at
/// start + k / rate, whether or not earlier ones have answered), records each latency, prints a
/// table and cancels the run. Run it with <c>./run.sh bench --api [seconds] [rate]</c>.
/// </summary>
public static partial class ApiLatencyBenchmark
{
    /// <summary>Options: <c>--seconds N</c> (20), <c>--rate N</c> (100), <c>--rounds N</c> (4000),
    /// <c>--warmup N</c> seconds not counted (2), <c>--url URL</c> of a running server (else one is started from
    /// <c>--server-dll PATH</c>, default .build/server/dtsim-server.dll). Answers the exit code.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var seconds = IntOption(args, "--seconds", 20);
        var rate = IntOption(args, "--rate", 100);
        var rounds = IntOption(args, "--rounds", 4000);
        var warmup = IntOption(args, "--warmup", 2);
        var url = Option(args, "--url");
        var serverDll = Option(args, "--server-dll") ?? Path.Combine(RepositoryPaths.Root, ".build", "server", "dtsim-server.dll");

        Process? server = null;
        try
        {
            if (url is null)
            {
                if (!File.Exists(serverDll))
                {
                    Console.Error.WriteLine($"api bench: {serverDll} not found; build it first (./run.sh bench --api does)");
                    return 1;
                }

                url = $"http://127.0.0.1:{FreePort()}";
                server = StartServer(serverDll, url);
            }

            using var client = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                BaseAddress = new Uri(url),
                Timeout = TimeSpan.FromSeconds(10),
            };
            await WaitForHealthAsync(client, server);

            var yaml = RoundsPattern().Replace(
                await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "scenarios", "sco-baseline.yaml")),
                $"rounds: {rounds.ToString(CultureInfo.InvariantCulture)}",
                1);
            var id = await SubmitAsync(client, yaml);
            try
            {
                var before = await StatusAsync(client, id);
                var (latencies, errors, maxLag) = await LoadAsync(client, $"/api/runs/{id}", rate, seconds, warmup);
                var after = await StatusAsync(client, id);
                Report(latencies, errors, maxLag, rate, seconds, before, after);
                return errors == 0 && after.Status is "Running" ? 0 : 1;
            }
            finally
            {
                using var cancel = await client.PostAsync($"/api/runs/{id}/cancel", content: null);
            }
        }
        finally
        {
            if (server is not null)
            {
                if (!server.HasExited)
                {
                    server.Kill(entireProcessTree: true);
                }

                await server.WaitForExitAsync();
                server.Dispose();
            }
        }
    }

    /// <summary>Sends GETs at a fixed rate for <paramref name="seconds"/> after <paramref name="warmup"/> seconds that are not recorded.</summary>
    private static async Task<(List<double> Latencies, int Errors, double MaxLagMs)> LoadAsync(
        HttpClient client, string path, int rate, int seconds, int warmup)
    {
        var total = rate * (warmup + seconds);
        var skip = rate * warmup;
        var latencies = new double[total];
        var failed = new bool[total];
        var pending = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        var maxLag = 0.0;
        for (var k = 0; k < total; k++)
        {
            var due = TimeSpan.FromSeconds((double)k / rate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            while (clock.Elapsed < due)
            {
                Thread.SpinWait(50);
            }

            if (k >= skip)
            {
                maxLag = Math.Max(maxLag, (clock.Elapsed - due).TotalMilliseconds);
            }

            var index = k;
            pending.Add(Task.Run(async () =>
            {
                var sent = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                    _ = await response.Content.ReadAsByteArrayAsync();
                    failed[index] = response.StatusCode != HttpStatusCode.OK;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    failed[index] = true;
                }

                latencies[index] = Stopwatch.GetElapsedTime(sent).TotalMilliseconds;
            }));
        }

        await Task.WhenAll(pending);
        var recorded = latencies.Skip(skip).ToList();
        var errors = failed.Skip(skip).Count(f => f);
        return (recorded, errors, maxLag);
    }

    private static void Report(List<double> latencies, int errors, double maxLag, int rate, int seconds, RunState before, RunState after)
    {
        latencies.Sort();
        string Ms(double v) => v.ToString("0.00", CultureInfo.InvariantCulture);
        double P(double q) => latencies[Math.Clamp((int)Math.Ceiling(q * latencies.Count) - 1, 0, latencies.Count - 1)];
        Console.WriteLine($"GET /api/runs/{{id}} at {rate} req/s for {seconds} s on loopback, {Environment.ProcessorCount} cores; run {before.Status} at round {before.Round} -> {after.Status} at round {after.Round}");
        Console.WriteLine("| requests | errors | p50 ms | p90 ms | p99 ms | max ms | max send lag ms |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        Console.WriteLine($"| {latencies.Count} | {errors} | {Ms(P(0.50))} | {Ms(P(0.90))} | {Ms(P(0.99))} | {Ms(latencies[^1])} | {Ms(maxLag)} |");
        Console.WriteLine(P(0.99) < 20 ? "p99 under the 20 ms target" : "p99 OVER the 20 ms target");
        if (after.Status is not "Running")
        {
            Console.WriteLine($"warning: the run was {after.Status} at the end, not Running; pass a larger --rounds");
        }
    }

    private static Process StartServer(string serverDll, string url)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { serverDll, "--urls", url, "--scenarios-dir", Path.Combine(RepositoryPaths.Root, "scenarios") },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Remove("DTSIM_API_KEY"); // loopback needs no key; writes would need it otherwise
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the server");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                Console.Error.WriteLine($"server: {e.Data}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitForHealthAsync(HttpClient client, Process? server)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (server is { HasExited: true })
            {
                throw new InvalidOperationException($"the server exited with code {server.ExitCode} before it was ready");
            }

            try
            {
                using var response = await client.GetAsync("/health");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{client.BaseAddress} was not ready after 60 s");
    }

    private static async Task<string> SubmitAsync(HttpClient client, string yaml)
    {
        using var content = new StringContent(yaml, Encoding.UTF8, "application/yaml");
        using var response = await client.PostAsync("/api/runs", content);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"submitting the baseline answered {response.StatusCode}: {body}");
        }

        using var json = JsonDocument.Parse(body);
        var id = json.RootElement.GetProperty("id").GetString()!;

        // Wait until the run is past its set-up and playing rounds, so that the load meets a run in progress.
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            var state = await StatusAsync(client, id);
            if (state.Status is "Running" && state.Round >= 1)
            {
                return id;
            }

            if (state.Status is "Completed" or "Failed" or "Cancelled")
            {
                throw new InvalidOperationException($"run {id} stopped ({state.Status}) before the load started");
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"run {id} did not start playing rounds within 30 s");
    }

    private static async Task<RunState> StatusAsync(HttpClient client, string id)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/runs/{id}"));
        return new RunState(json.RootElement.GetProperty("status").GetString()!, json.RootElement.GetProperty("round").GetInt32());
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static int IntOption(string[] args, string name, int fallback) =>
        Option(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"^rounds:\s*\d+", RegexOptions.Multiline)]
    private static partial Regex RoundsPattern();

    private sealed record RunState(string Status, int Round);
}
