using System.Diagnostics;

namespace DigitalTrade.Cli.Tests;

/// <summary>Runs the real dtsim program in a child process, as a user would.</summary>
public static class Dtsim
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static string Scenario(string relative) => Path.Combine(RepositoryPaths.Root, relative);

    public static string NewFolder() => Directory.CreateTempSubdirectory("dtsim-cli-").FullName;

    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
    }

    public static async Task<Result> RunAsync(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dtsim.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dtsim {string.Join(' ', args)} did not exit within {Timeout.TotalSeconds} s");
        }

        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
