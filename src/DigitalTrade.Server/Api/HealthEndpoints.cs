using DigitalTrade.Server.Hosting;

namespace DigitalTrade.Server.Api;

/// <summary>GET /health: 200 once the silo is active, 503 before and while it stops.</summary>
public static class HealthEndpoints
{
    /// <summary>Maps /health.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (SiloReadiness silo) => silo.IsReady
                ? Results.Ok(new HealthResponse("ready"))
                : Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The silo is not ready"))
            .WithTags("Health")
            .Produces<HealthResponse>()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    /// <summary>The body of a healthy answer.</summary>
    public sealed record HealthResponse(string Status);
}
