using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace DigitalTrade.Server.Hosting;

/// <summary>
/// Per-client rate limits on /api (docs/api.md, "Limits"): a token bucket per remote IP address for every request, and
/// a stricter one for run submissions; and, over all clients, at most a few submissions read and validated at once
/// (a hostile one can cost a core for seconds), a few more waiting. The limiter runs before the endpoints, so requests
/// they refuse (400, 401, 413, 415) count too. A refused request answers 429, a problem document with Retry-After.
/// </summary>
public static class ApiRateLimits
{
    /// <summary>The policy of <c>POST /api/runs</c>.</summary>
    public const string Submissions = "submissions";

    /// <summary>Registers the limiter: <see cref="ServerOptions.RequestsPerMinute"/> for /api, and the <see cref="Submissions"/> policy.</summary>
    public static IServiceCollection AddApiRateLimits(this IServiceCollection services, ServerOptions options) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                        ? RateLimitPartition.GetTokenBucketLimiter(ClientOf(context), _ => Bucket(options.RequestsPerMinute, options.RequestBurst))
                        : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    IsSubmission(context.Request)
                        ? RateLimitPartition.GetConcurrencyLimiter("submissions", _ => new ConcurrencyLimiterOptions
                        {
                            PermitLimit = options.ConcurrentSubmissions,
                            QueueLimit = options.SubmissionQueue,
                            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                        })
                        : RateLimitPartition.GetNoLimiter("")));
            limiter.AddPolicy(Submissions, context =>
                RateLimitPartition.GetTokenBucketLimiter(ClientOf(context), _ => Bucket(options.SubmissionsPerMinute, options.SubmissionBurst)));
            limiter.OnRejected = RejectAsync;
        });

    /// <summary>A run submission: <c>POST /api/runs</c>.</summary>
    private static bool IsSubmission(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && (request.Path.Equals("/api/runs", StringComparison.OrdinalIgnoreCase) || request.Path.Equals("/api/runs/", StringComparison.OrdinalIgnoreCase));

    /// <summary>A client is its remote IP address (behind a proxy, every client shares the proxy's).</summary>
    private static string ClientOf(HttpContext context) =>
        context.Connection.RemoteIpAddress is { } address
            ? (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString()
            : "unknown";

    /// <summary>Holds <paramref name="burst"/> tokens and adds one every minute / <paramref name="perMinute"/>; no queue.</summary>
    private static TokenBucketRateLimiterOptions Bucket(int perMinute, int burst) => new()
    {
        TokenLimit = burst,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
            : 1;
        rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Results.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests",
                detail: $"This client has used up its request allowance; try again in {seconds} s (see Retry-After).")
            .ExecuteAsync(rejected.HttpContext);
    }
}
