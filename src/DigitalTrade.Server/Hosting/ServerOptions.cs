namespace DigitalTrade.Server.Hosting;

/// <summary>What the server is told at start-up: where it listens, where scenario data lives, and its limits.</summary>
public sealed class ServerOptions
{
    /// <summary>The address used when none is given: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:8080";

    /// <summary>Addresses to listen on, separated by ';' (ASP.NET Core's "urls").</summary>
    public string Urls { get; set; } = DefaultUrls;

    /// <summary>The folder data paths in submitted scenarios resolve under and may not leave.</summary>
    public string ScenariosDirectory { get; set; } = "scenarios";

    /// <summary>At most this many runs pending, running or paused at once.</summary>
    public int MaxActiveRuns { get; set; } = 4;

    /// <summary>When set, every write needs this key in the X-Api-Key header (from DTSIM_API_KEY).</summary>
    public string? ApiKey { get; set; }

    /// <summary>The largest request body accepted.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The lowest level of the logs written to the console.</summary>
    public Serilog.Events.LogEventLevel MinimumLogLevel { get; set; } = Serilog.Events.LogEventLevel.Information;
}
