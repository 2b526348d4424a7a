using System.Net;

namespace DigitalTrade.Server.Hosting;

/// <summary>
/// Secure by default: the server listens on loopback unless told otherwise, and refuses a public
/// address unless writes are protected by an API key.
/// </summary>
public static class BindingCheck
{
    /// <summary>The addresses among <paramref name="urls"/> that are reachable from other machines.</summary>
    public static IReadOnlyList<string> NonLoopback(IEnumerable<string> urls) =>
        urls.SelectMany(u => u.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(u => !IsLoopback(u))
            .ToList();

    /// <summary>Throws <see cref="ServerStartupException"/> when a public address is asked for without an API key.</summary>
    public static void Enforce(IEnumerable<string> urls, string? apiKey)
    {
        var open = NonLoopback(urls);
        if (open.Count > 0 && string.IsNullOrEmpty(apiKey))
        {
            throw new ServerStartupException(
                $"refusing to listen on {string.Join(", ", open)}: a non-loopback address needs an API key; " +
                "set the environment variable DTSIM_API_KEY, or listen on 127.0.0.1 / localhost");
        }
    }

    /// <summary>True for localhost and loopback IP addresses; wildcards ("*", "+", "0.0.0.0") and host names are not.</summary>
    public static bool IsLoopback(string url)
    {
        var rest = url;
        var scheme = rest.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            rest = rest[(scheme + 3)..];
        }

        var path = rest.IndexOf('/', StringComparison.Ordinal);
        if (path >= 0)
        {
            rest = rest[..path];
        }

        string host;
        if (rest.StartsWith('['))
        {
            var close = rest.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                return false;
            }

            host = rest[1..close];
        }
        else
        {
            var colon = rest.LastIndexOf(':');
            host = colon >= 0 ? rest[..colon] : rest;
        }

        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }
}
