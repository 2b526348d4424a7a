using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace DigitalTrade.Server.Hosting;

/// <summary>Kestrel's connection and request limits, set explicitly so docs/api.md ("Limits") can state them.</summary>
public static class KestrelLimits
{
    /// <summary>Time allowed for a client to send all request headers.</summary>
    public static readonly TimeSpan RequestHeadersTimeout = TimeSpan.FromSeconds(10);

    /// <summary>An idle keep-alive connection is closed after this long.</summary>
    public static readonly TimeSpan KeepAliveTimeout = TimeSpan.FromSeconds(60);

    /// <summary>All request headers together, bytes (Kestrel's default).</summary>
    public const int MaxRequestHeadersTotalSize = 32 * 1024;

    /// <summary>The request line (method, path and query), bytes (Kestrel's default).</summary>
    public const int MaxRequestLineSize = 8 * 1024;

    /// <summary>Request headers at most (Kestrel's default).</summary>
    public const int MaxRequestHeaderCount = 100;

    /// <summary>A body slower than this, bytes per second after a 5 s grace, is cut off (Kestrel's default).</summary>
    public const double MinRequestBodyBytesPerSecond = 240;

    /// <summary>Applies the limits and the server's body size and connection count.</summary>
    public static void Apply(KestrelServerLimits limits, ServerOptions options)
    {
        limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
        limits.MaxConcurrentConnections = options.MaxConnections;
        limits.RequestHeadersTimeout = RequestHeadersTimeout;
        limits.KeepAliveTimeout = KeepAliveTimeout;
        limits.MaxRequestHeadersTotalSize = MaxRequestHeadersTotalSize;
        limits.MaxRequestLineSize = MaxRequestLineSize;
        limits.MaxRequestHeaderCount = MaxRequestHeaderCount;
        limits.MinRequestBodyDataRate = new MinDataRate(MinRequestBodyBytesPerSecond, TimeSpan.FromSeconds(5));
    }
}
