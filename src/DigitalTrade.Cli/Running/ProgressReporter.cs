using DigitalTrade.Contracts;
using Spectre.Console;

namespace DigitalTrade.Cli.Running;

/// <summary>
/// Shows a run's progress: a progress bar on an interactive terminal, plain lines otherwise
/// (logs, CI), one per tenth of the run.
/// </summary>
public static class ProgressReporter
{
    /// <summary>Runs <paramref name="work"/>, giving it a callback that reports each status.</summary>
    public static async Task<T> TrackAsync<T>(string title, Func<Action<RunStatusReport>, Task<T>> work)
    {
        if (AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
        {
            T result = default!;
            await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask(title);
                    result = await work(status =>
                    {
                        task.MaxValue = Math.Max(1, status.Rounds + 1);
                        task.Value = status.Round + 1;
                    });
                });
            return result;
        }

        var lastTenth = -1;
        return await work(status =>
        {
            var done = status.Round + 1;
            var total = Math.Max(1, status.Rounds + 1);
            var tenth = done * 10 / total;
            if (tenth != lastTenth)
            {
                lastTenth = tenth;
                Console.WriteLine($"{title}: round {Math.Max(0, status.Round)}/{status.Rounds} ({100 * done / total}%)");
            }
        });
    }
}
