namespace DigitalTrade.Server.Hosting;

/// <summary>
/// What the server is told at start-up: where it listens, where scenario data lives, and its limits
/// (docs/api.md, "Limits"; each limit is read from the <c>Server:</c> key of the same name).
/// </summary>
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

    /// <summary>Requests to /api a client (remote IP address) may make per minute, on average.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>Requests to /api a client may make at once before the per-minute rate applies.</summary>
    public int RequestBurst { get; set; } = 100;

    /// <summary>Run submissions (<c>POST /api/runs</c>, accepted or not) a client may make per minute, on average.</summary>
    public int SubmissionsPerMinute { get; set; } = 20;

    /// <summary>Run submissions a client may make at once before the per-minute rate applies.</summary>
    public int SubmissionBurst { get; set; } = 10;

    /// <summary>Run submissions the server reads and validates at once, over all clients (each can cost a core for seconds).</summary>
    public int ConcurrentSubmissions { get; set; } = 2;

    /// <summary>Run submissions that wait for one of <see cref="ConcurrentSubmissions"/>; more are refused at once with 429.</summary>
    public int SubmissionQueue { get; set; } = 8;

    /// <summary>A request still unanswered after this many seconds is answered 504.</summary>
    public double RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>The request timeout of the long poll <c>/api/runs/{id}/wait</c> (which waits at most 30 s by itself).</summary>
    public double LongPollTimeoutSeconds { get; set; } = 40;

    /// <summary>Open connections Kestrel keeps at once; a connection beyond them is closed as soon as it is accepted.</summary>
    public int MaxConnections { get; set; } = 256;

    /// <summary>The estimated size, MiB, of the round reports the server keeps; the least recently used runs' go first.</summary>
    public double ReportCacheMegabytes { get; set; } = 256;

    /// <summary>Runs whose status and countries the server keeps (each a few hundred bytes); the least recently used go first.</summary>
    public int RunCacheEntries { get; set; } = 10_000;

    /// <summary>How long stopping may take, seconds, runs in flight included, before the host gives up waiting.</summary>
    public double ShutdownTimeoutSeconds { get; set; } = 8;

    /// <summary>The lowest level of the logs written to the console.</summary>
    public Serilog.Events.LogEventLevel MinimumLogLevel { get; set; } = Serilog.Events.LogEventLevel.Information;

    /// <summary>The report cache's budget in bytes.</summary>
    public long ReportCacheBytes => (long)(ReportCacheMegabytes * 1024 * 1024);

    /// <summary>Throws <see cref="ServerStartupException"/> naming the first limit that is out of range.</summary>
    public void Validate()
    {
        Require(MaxActiveRuns >= 1, "Server:MaxActiveRuns", "at least 1");
        Require(RequestsPerMinute >= 1, "Server:RequestsPerMinute", "at least 1");
        Require(RequestBurst >= 1, "Server:RequestBurst", "at least 1");
        Require(SubmissionsPerMinute >= 1, "Server:SubmissionsPerMinute", "at least 1");
        Require(SubmissionBurst >= 1, "Server:SubmissionBurst", "at least 1");
        Require(ConcurrentSubmissions >= 1, "Server:ConcurrentSubmissions", "at least 1");
        Require(SubmissionQueue >= 0, "Server:SubmissionQueue", "0 or more");
        Require(RequestTimeoutSeconds > 0, "Server:RequestTimeoutSeconds", "above 0");
        Require(LongPollTimeoutSeconds > 0, "Server:LongPollTimeoutSeconds", "above 0");
        Require(MaxConnections >= 1, "Server:MaxConnections", "at least 1");
        Require(ReportCacheMegabytes >= 0, "Server:ReportCacheMegabytes", "0 or more");
        Require(RunCacheEntries >= 1, "Server:RunCacheEntries", "at least 1");
        Require(ShutdownTimeoutSeconds > 0, "Server:ShutdownTimeoutSeconds", "above 0");
    }

    private static void Require(bool holds, string key, string range)
    {
        if (!holds)
        {
            throw new ServerStartupException($"{key} must be {range}");
        }
    }
}
