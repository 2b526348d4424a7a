using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace DigitalTrade.Server.Tests.OutOfProcess;

/// <summary>
/// The real server as a child process, started as <c>./run.sh serve</c> starts it (<c>dotnet dtsim-server.dll</c>), on
/// a loopback port it picks itself. Its output is read line by line, its peak memory from /proc, and it can be sent
/// SIGTERM. Disposing stops it (SIGTERM, then a kill after 10 s).
/// </summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    /// <summary>What a hostile request may cost the server at its peak: resident memory, bytes.</summary>
    public const long MemoryCeilingBytes = 1_000_000_000;

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];
    private TaskCompletionSource _lineArrived = NewSignal();

    private ServerProcess(Process process) => _process = process;

    /// <summary>The server's address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A client of the server that gives up after 10 s, so a request the server cannot answer fails fast.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>Everything the server wrote so far, stdout and stderr, one line each.</summary>
    public string Output
    {
        get
        {
            lock (_gate)
            {
                return string.Join('\n', _lines);
            }
        }
    }

    /// <summary>
    /// Starts the server with the build's dtsim-server.dll and <paramref name="arguments"/> (e.g. <c>--Server:MaxActiveRuns</c>,
    /// <c>20</c>), waits until it has started, and checks that /health answers 200.
    /// </summary>
    public static async Task<ServerProcess> StartAsync(params string[] arguments)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "dtsim-server.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: the test project's build copies the server next to the tests");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[dll, "--urls", "http://127.0.0.1:0", "--scenarios-dir", RepositoryPaths.Scenarios, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("DTSIM_API_KEY");

        // A safety net for the machine, far above the 1 GB the tests allow: a server that fails a hostile test cannot
        // take more than 2 GiB of managed heap with it.
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x80000000";

        var server = new ServerProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        server._process.OutputDataReceived += (_, e) => server.Add(e.Data);
        server._process.ErrorDataReceived += (_, e) => server.Add(e.Data);
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        try
        {
            await server.WaitForLineAsync(l => l.Contains("Application started", StringComparison.Ordinal), StartTimeout, "start-up");
            var listening = ListeningLine().Match(server.Output);
            Assert.True(listening.Success, $"the server started without saying where it listens:\n{server.Output}");
            server.BaseAddress = new Uri(listening.Groups[1].Value.TrimEnd('/') + "/");
            server.Client = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
            using var health = await server.Client.GetAsync("/health");
            Assert.True(health.StatusCode == HttpStatusCode.OK, $"/health answered {health.StatusCode} once the server had started");
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>The process's peak resident memory so far (VmHWM in /proc/&lt;pid&gt;/status), bytes; null once it has died.</summary>
    public long? PeakMemoryBytes()
    {
        try
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Asserts the process is alive and its peak memory is under <see cref="MemoryCeilingBytes"/>.</summary>
    public void AssertPeakMemoryBelowCeiling()
    {
        var peak = PeakMemoryBytes();
        Assert.True(peak is not null, $"the server process is gone; the end of its output:\n{Tail()}");
        Assert.True(peak < MemoryCeilingBytes, $"the server's peak resident memory was {peak / 1_000_000} MB, above {MemoryCeilingBytes / 1_000_000} MB");
    }

    /// <summary>Sends SIGTERM, as a service manager or Ctrl+C in a container would.</summary>
    public async Task TerminateAsync()
    {
        var exitCode = await SignalTermAsync();
        Assert.True(exitCode == 0, $"kill -TERM {_process.Id} exited with {exitCode}");
    }

    /// <summary>Waits for the process to exit and answers its exit code; fails naming <paramref name="phase"/> after <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout, string phase)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"{phase}: the server (pid {_process.Id}) was still running after {timeout.TotalSeconds} s; its output:\n{Output}");
        }

        await _process.WaitForExitAsync(); // the end of its output, too
        return _process.ExitCode;
    }

    /// <summary>Waits for an output line that matches; fails naming <paramref name="expected"/> when the time passes or the process exits first.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout, string expected)
    {
        var exited = _process.WaitForExitAsync(); // completes once the output has been read to its end, too
        var timedOut = Task.Delay(timeout);
        while (true)
        {
            Task arrived;
            lock (_gate)
            {
                if (_lines.FirstOrDefault(match) is { } line)
                {
                    return line;
                }

                arrived = exited.IsCompleted ? exited : _lineArrived.Task;
            }

            if (arrived == exited || await Task.WhenAny(arrived, exited, timedOut) == timedOut)
            {
                var why = exited.IsCompleted ? $"it exited with {_process.ExitCode}" : $"{timeout.TotalSeconds} s passed";
                Assert.Fail($"waiting for {expected}: no such line from the server ({why}); its output:\n{Output}");
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (!_process.HasExited)
        {
            await SignalTermAsync();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }

    private string Tail()
    {
        lock (_gate)
        {
            return string.Join('\n', _lines.TakeLast(40));
        }
    }

    private async Task<int> SignalTermAsync()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        return kill.ExitCode;
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        TaskCompletionSource arrived;
        lock (_gate)
        {
            _lines.Add(line);
            arrived = _lineArrived;
            _lineArrived = NewSignal();
        }

        arrived.SetResult();
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();
}
