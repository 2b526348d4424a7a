using System.Security.Cryptography;
using System.Text;
using DigitalTrade.Server.Hosting;

namespace DigitalTrade.Server.Api;

/// <summary>When an API key is configured, every write must carry it in <see cref="Header"/> (compared in constant time).</summary>
public sealed class ApiKeyFilter(ServerOptions options) : IEndpointFilter
{
    /// <summary>The request header that carries the key.</summary>
    public const string Header = "X-Api-Key";

    /// <inheritdoc />
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.HttpContext.Request;
        if (options.ApiKey is not { Length: > 0 } key || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        {
            return next(context);
        }

        if (Matches(request.Headers[Header].ToString(), key))
        {
            return next(context);
        }

        return ValueTask.FromResult<object?>(Results.Problem(
            statusCode: StatusCodes.Status401Unauthorized,
            title: "An API key is required",
            detail: $"Send the server's key in the {Header} header."));
    }

    /// <summary>Hashing first makes both sides the same length, so the comparison leaks neither content nor length.</summary>
    private static bool Matches(string given, string expected) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(given)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
