namespace DigitalTrade.Server.Hosting;

/// <summary>
/// Reads <see cref="ServerOptions"/> from configuration: command-line switches (<c>--urls</c>, <c>--scenarios-dir</c>,
/// <c>--Server:Key value</c>), environment variables (<c>Server__Key</c>) and the API key from <c>DTSIM_API_KEY</c>.
/// </summary>
public static class ServerOptionsReader
{
    /// <summary>The options the configuration asks for, with the defaults of <see cref="ServerOptions"/> elsewhere.</summary>
    public static ServerOptions Read(IConfiguration configuration, Func<string> defaultScenariosDirectory)
    {
        var defaults = new ServerOptions();
        var server = configuration.GetSection("Server");
        return new ServerOptions
        {
            Urls = configuration["urls"] is { Length: > 0 } urls ? urls : ServerOptions.DefaultUrls,
            ScenariosDirectory = configuration["scenarios-dir"] ?? server["ScenariosDir"] ?? defaultScenariosDirectory(),
            ApiKey = Environment.GetEnvironmentVariable("DTSIM_API_KEY") is { Length: > 0 } key ? key : null,
            MaxActiveRuns = server.GetValue(nameof(ServerOptions.MaxActiveRuns), defaults.MaxActiveRuns),
            RequestsPerMinute = server.GetValue(nameof(ServerOptions.RequestsPerMinute), defaults.RequestsPerMinute),
            RequestBurst = server.GetValue(nameof(ServerOptions.RequestBurst), defaults.RequestBurst),
            SubmissionsPerMinute = server.GetValue(nameof(ServerOptions.SubmissionsPerMinute), defaults.SubmissionsPerMinute),
            SubmissionBurst = server.GetValue(nameof(ServerOptions.SubmissionBurst), defaults.SubmissionBurst),
            ConcurrentSubmissions = server.GetValue(nameof(ServerOptions.ConcurrentSubmissions), defaults.ConcurrentSubmissions),
            SubmissionQueue = server.GetValue(nameof(ServerOptions.SubmissionQueue), defaults.SubmissionQueue),
            RequestTimeoutSeconds = server.GetValue(nameof(ServerOptions.RequestTimeoutSeconds), defaults.RequestTimeoutSeconds),
            LongPollTimeoutSeconds = server.GetValue(nameof(ServerOptions.LongPollTimeoutSeconds), defaults.LongPollTimeoutSeconds),
            MaxConnections = server.GetValue(nameof(ServerOptions.MaxConnections), defaults.MaxConnections),
            ReportCacheMegabytes = server.GetValue(nameof(ServerOptions.ReportCacheMegabytes), defaults.ReportCacheMegabytes),
            RunCacheEntries = server.GetValue(nameof(ServerOptions.RunCacheEntries), defaults.RunCacheEntries),
            ShutdownTimeoutSeconds = server.GetValue(nameof(ServerOptions.ShutdownTimeoutSeconds), defaults.ShutdownTimeoutSeconds),
        };
    }
}
