using DigitalTrade.Cli;
using DigitalTrade.Cli.Commands;
using Spectre.Console;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("dtsim");
    config.UseAssemblyInformationalVersion();
    config.UseStrictParsing();
    config.CancellationExitCode(ExitCodes.Interrupted);
    config.AddCommand<RunCommand>("run")
        .WithDescription("Run a scenario on an embedded silo and write its outputs.")
        .WithExample("run", "scenarios/sco-baseline.yaml", "--out", "results/baseline", "--seed", "7", "--set", "growth.annual_rate=0.04");
    config.AddCommand<GeCommand>("ge")
        .WithDescription("Estimate trade costs and solve a general-equilibrium counterfactual from an experiment file.")
        .WithExample("ge", "scenarios/ge/agtpa-nafta.yaml", "--solver", "agtpa")
        .WithExample("ge", "scenarios/ge/gegravity-eu.yaml", "--solver", "ge_gravity", "--imbalances", "multiplicative");
    config.AddCommand<ValidateCommand>("validate")
        .WithDescription("Check a scenario file and report every problem with its line and column.")
        .WithExample("validate", "scenarios/sco-baseline.yaml");
    config.SetExceptionHandler((exception, _) =>
    {
        // A user's mistake on the command line is a message, never a stack trace.
        if (exception is CommandParseException or CommandRuntimeException)
        {
            AnsiConsole.Console.MarkupLineInterpolated($"[red]error:[/] {exception.Message}");
            return ExitCodes.InvalidInput;
        }

        Console.Error.WriteLine($"dtsim: internal error: {exception.Message}");
        if (Environment.GetEnvironmentVariable("DTSIM_DEBUG") == "1")
        {
            Console.Error.WriteLine(exception);
        }

        return ExitCodes.InternalFailure;
    });
});

return await app.RunAsync(args);
