using Microsoft.AspNetCore.Http.Timeouts;

namespace DigitalTrade.Server.Hosting;

/// <summary>
/// Request timeouts (docs/api.md, "Limits"): every request gets <see cref="ServerOptions.RequestTimeoutSeconds"/>, the
/// long poll <see cref="ServerOptions.LongPollTimeoutSeconds"/>. A request past its time is cancelled (its
/// <c>RequestAborted</c> token fires) and, if nothing was sent yet, answers 504 with a problem document.
/// </summary>
public static class ApiTimeouts
{
    /// <summary>The policy of <c>GET /api/runs/{id}/wait</c>.</summary>
    public const string LongPoll = "long-poll";

    /// <summary>Registers the default policy and the <see cref="LongPoll"/> one.</summary>
    public static IServiceCollection AddApiTimeouts(this IServiceCollection services, ServerOptions options) =>
        services.AddRequestTimeouts(timeouts =>
        {
            timeouts.DefaultPolicy = Policy(TimeSpan.FromSeconds(options.RequestTimeoutSeconds));
            timeouts.AddPolicy(LongPoll, Policy(TimeSpan.FromSeconds(options.LongPollTimeoutSeconds)));
        });

    private static RequestTimeoutPolicy Policy(TimeSpan timeout) => new()
    {
        Timeout = timeout,
        TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
        WriteTimeoutResponse = context => Results.Problem(
                statusCode: StatusCodes.Status504GatewayTimeout,
                title: "The request took too long",
                detail: $"The server gives up on a request after {timeout.TotalSeconds:0.###} s.")
            .ExecuteAsync(context),
    };
}
