using DigitalTrade.Contracts;
using DigitalTrade.Scenarios;
using DigitalTrade.Server.Hosting;
using DigitalTrade.Server.Runs;

namespace DigitalTrade.Server.Api;

/// <summary>The /api/runs routes: submit, list, follow and control runs, and read their results (docs/api.md).</summary>
public static class RunEndpoints
{
    private static readonly TimeSpan MaxWait = SimulationLimits.LongPoll; // below the 30 s grain call timeout

    // How long a long poll cut short by the shutdown waits for the run's status before answering 503.
    private static readonly TimeSpan StatusWaitOnShutdown = TimeSpan.FromSeconds(2);

    /// <summary>Maps every run route under /api/runs.</summary>
    public static IEndpointRouteBuilder MapRuns(this IEndpointRouteBuilder app)
    {
        var runs = app.MapGroup("/api/runs").WithTags("Runs").AddEndpointFilter<ApiKeyFilter>();
        runs.MapPost("/", SubmitAsync)
            .RequireRateLimiting(ApiRateLimits.Submissions)
            .Accepts<string>("application/yaml", "text/yaml", "application/x-yaml", "text/plain")
            .Produces<RunResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        runs.MapGet("/", async (RunService service, CancellationToken cancellationToken) =>
                Results.Ok((await service.ListAsync(cancellationToken)).Select(RunResponse.Of)))
            .Produces<IEnumerable<RunResponse>>();
        runs.MapGet("/{id}", GetAsync).Produces<RunResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        runs.MapGet("/{id}/wait", WaitAsync)
            .Produces<RunResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithRequestTimeout(ApiTimeouts.LongPoll);
        runs.MapResults();
        MapControl(runs, "pause", g => g.Pause(), RunStatus.Paused);
        MapControl(runs, "resume", g => g.Resume(), RunStatus.Running);
        MapControl(runs, "cancel", g => g.Cancel(), RunStatus.Cancelled);
        return app;
    }

    private static async Task<IResult> SubmitAsync(HttpRequest request, RunService service, ServerOptions options, CancellationToken cancellationToken)
    {
        var body = await ScenarioBody.ReadAsync(request, options.MaxRequestBodyBytes, cancellationToken);
        if (body.Problem is { } problem)
        {
            return problem;
        }

        var loaded = ScenarioLoader.Parse(body.Text!, "scenario.yaml", options.ScenariosDirectory);
        if (!loaded.IsValid || loaded.Scenario is null)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "The scenario is not valid",
                detail: $"{loaded.Issues.Length} problem(s) found; see issues.",
                extensions: new Dictionary<string, object?>
                {
                    ["issues"] = loaded.Issues.Select(i => new IssueResponse(i.File, i.Line, i.Column, i.Rule, i.Message)).ToList(),
                });
        }

        var status = await service.StartAsync(loaded.Scenario.Definition, cancellationToken);
        if (status is null)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many active runs",
                detail: $"At most {options.MaxActiveRuns} runs may be pending, running or paused at once; cancel one or wait for one to finish.");
        }

        return Results.Accepted($"/api/runs/{status.RunId}", RunResponse.Of(status));
    }

    private static async Task<IResult> GetAsync(string id, RunService service, RunFollower follower, CancellationToken cancellationToken)
    {
        // A run this server follows is answered from the newest status its long poll and controls have seen.
        if (follower.Latest(id) is { } latest)
        {
            return Results.Ok(RunResponse.Of(latest));
        }

        return await service.FindAsync(id, cancellationToken) is { } run
            ? Results.Ok(RunResponse.Of(await run.GetStatus().WaitAsync(cancellationToken)))
            : RunProblems.NotFound(id);
    }

    /// <summary>
    /// A long poll: answers once a round after <paramref name="afterRound"/> is done, the run stops, or the wait passes.
    /// When the server stops, it answers as soon as the runs in flight were interrupted, with the run's status then.
    /// </summary>
    private static async Task<IResult> WaitAsync(
        string id, int? afterRound, double? timeoutSeconds, RunService service, RunShutdown shutdown, CancellationToken cancellationToken)
    {
        if (await service.FindAsync(id, cancellationToken) is not { } run)
        {
            return RunProblems.NotFound(id);
        }

        var wait = TimeSpan.FromSeconds(Math.Clamp(timeoutSeconds ?? 10, 0, MaxWait.TotalSeconds));
        var after = afterRound ?? (await run.GetStatus().WaitAsync(cancellationToken)).Round;
        var progress = run.WaitForProgress(after, wait);
        if (await Task.WhenAny(progress, shutdown.RunsStopped).WaitAsync(cancellationToken) == progress)
        {
            return Results.Ok(RunResponse.Of(await progress));
        }

        try
        {
            return Results.Ok(RunResponse.Of(await run.GetStatus().WaitAsync(StatusWaitOnShutdown, cancellationToken)));
        }
        catch (Exception e) when (e is TimeoutException or OrleansException)
        {
            return RunProblems.ShuttingDown();
        }
    }

    private static void MapControl(RouteGroupBuilder runs, string verb, Func<ISimulationGrain, Task<RunStatusReport>> control, RunStatus expected) =>
        runs.MapPost($"/{{id}}/{verb}", async (string id, RunService service, RunFollower follower, CancellationToken cancellationToken) =>
            {
                if (await service.FindAsync(id, cancellationToken) is not { } run)
                {
                    return RunProblems.NotFound(id);
                }

                var status = await control(run).WaitAsync(cancellationToken);
                follower.Observe(status);
                return status.Status == expected
                    ? Results.Ok(RunResponse.Of(status))
                    : Results.Problem(
                        statusCode: StatusCodes.Status409Conflict,
                        title: $"The run cannot {verb}",
                        detail: $"Run {id} is {status.Status}.");
            })
            .Produces<RunResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
