using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Serialization;
using DigitalTrade.Server.Api;
using DigitalTrade.Server.Runs;
using DigitalTrade.Silo;
using Orleans.Dashboard;
using Serilog;
using Serilog.Events;

namespace DigitalTrade.Server.Hosting;

/// <summary>
/// Builds the server: an embedded silo (localhost clustering, in-memory storage), the HTTP API,
/// the Orleans dashboard at /orleans and the static pages, all in one process.
/// </summary>
public static class ServerApp
{
    /// <summary>
    /// Builds the application from command-line arguments (<c>--urls</c>, <c>--scenarios-dir</c>,
    /// <c>--Server:MaxActiveRuns</c> and the other limits of <see cref="ServerOptions"/>); <paramref name="configure"/>
    /// adjusts the options last (tests). Throws <see cref="ServerStartupException"/> when the configuration is refused.
    /// </summary>
    public static WebApplication Build(string[] args, Action<ServerOptions>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        var options = ReadOptions(builder.Configuration);
        configure?.Invoke(options);
        options.Validate();
        options.ScenariosDirectory = Path.GetFullPath(options.ScenariosDirectory);
        BindingCheck.Enforce(ConfiguredUrls(builder.Configuration, options), options.ApiKey);
        if (!Directory.Exists(options.ScenariosDirectory))
        {
            throw new ServerStartupException($"the scenarios folder '{options.ScenariosDirectory}' does not exist; pass --scenarios-dir");
        }

        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel => KestrelLimits.Apply(kestrel.Limits, options));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(options.ShutdownTimeoutSeconds));
        builder.Services.AddSingleton(options);
        builder.Services.AddSerilog(log => log
            .MinimumLevel.Is(options.MinimumLogLevel)
            .MinimumLevel.Override("Orleans", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Polly", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}"));
        builder.Services.AddProblemDetails();
        builder.Services.AddApiRateLimits(options);
        builder.Services.AddApiTimeouts(options);
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            json.SerializerOptions.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
        });
        builder.Services.AddOpenApi();
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(siloPort: FreePort(), gatewayPort: FreePort(), serviceId: "dtsim", clusterId: "dtsim-server");
            silo.AddDigitalTrade();
            silo.AddDashboard();
        });
        builder.Services.AddSingleton<SiloReadiness>();
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<SiloReadiness>());
        builder.Services.AddSingleton<RunReportStore>();
        builder.Services.AddSingleton<RunFollower>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<RunFollower>());
        builder.Services.AddSingleton<RunService>();

        // Its StoppingAsync runs before any hosted service stops (Kestrel, the silo): the runs stop while the silo still answers.
        builder.Services.AddSingleton<RunShutdown>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<RunShutdown>());

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSerilogRequestLogging();
        app.UseRateLimiter();
        app.UseRequestTimeouts();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapOpenApi();
        app.MapOrleansDashboard(routePrefix: "/orleans").DisableRequestTimeout(); // its trace view is a stream that stays open
        app.MapHealth();
        app.MapRuns();
        return app;
    }

    /// <summary>The addresses the server will listen on, once started.</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses.ToList() ?? [];

    private static ServerOptions ReadOptions(IConfiguration configuration)
    {
        try
        {
            return ServerOptionsReader.Read(configuration, DefaultScenariosDirectory);
        }
        catch (InvalidOperationException e)
        {
            // The binder's message names the key and the value it could not read.
            throw new ServerStartupException(e.Message);
        }
    }

    /// <summary>Every address Kestrel could bind: the "urls" setting and any endpoints in the Kestrel section.</summary>
    private static IEnumerable<string> ConfiguredUrls(IConfiguration configuration, ServerOptions options)
    {
        yield return options.Urls;
        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            if (endpoint["Url"] is { } url)
            {
                yield return url;
            }
        }
    }

    /// <summary>The repository's scenarios folder when the server runs from inside the repository, else ./scenarios.</summary>
    private static string DefaultScenariosDirectory()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Simulation.sln")))
            {
                return Path.Combine(folder.FullName, "scenarios");
            }
        }

        return "scenarios";
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
