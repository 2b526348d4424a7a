using System.Collections.Immutable;
using DigitalTrade.Contracts;
using DigitalTrade.Model.Metrics;
using DigitalTrade.Outputs;
using DigitalTrade.Scenarios;
using DigitalTrade.Server.Hosting;
using DigitalTrade.Server.Runs;

namespace DigitalTrade.Server.Api;

/// <summary>The /api/runs routes: submit, list, follow, read the results of and control runs (docs/api.md).</summary>
public static class RunEndpoints
{
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 1000;
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    /// <summary>Maps every run route under /api/runs.</summary>
    public static IEndpointRouteBuilder MapRuns(this IEndpointRouteBuilder app)
    {
        var runs = app.MapGroup("/api/runs").WithTags("Runs").AddEndpointFilter<ApiKeyFilter>();
        runs.MapPost("/", SubmitAsync)
            .Accepts<string>("application/yaml", "text/yaml", "application/x-yaml", "text/plain")
            .Produces<RunResponse>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        runs.MapGet("/", async (RunService service) => Results.Ok((await service.ListAsync()).Select(RunResponse.Of)))
            .Produces<IEnumerable<RunResponse>>();
        runs.MapGet("/{id}", GetAsync).Produces<RunResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        runs.MapGet("/{id}/wait", WaitAsync).Produces<RunResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        runs.MapGet("/{id}/world", WorldAsync).Produces<IEnumerable<WorldRow>>().ProducesProblem(StatusCodes.Status404NotFound);
        runs.MapGet("/{id}/countries", CountriesAsync).Produces<CountriesResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        runs.MapGet("/{id}/pairs", PairsAsync).Produces<PairsResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        runs.MapGet("/{id}/disputes", DisputesAsync).Produces<DisputesResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        runs.MapGet("/{id}/geography", GeographyAsync).Produces<GeographyResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        runs.MapGet("/{id}/csv/{table}", CsvAsync).Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesProblem(StatusCodes.Status404NotFound);
        runs.MapPost("/{id}/pause", (string id, RunService service, RunFollower follower) => ControlAsync(id, service, follower, g => g.Pause(), RunStatus.Paused, "pause"))
            .Produces<RunResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        runs.MapPost("/{id}/resume", (string id, RunService service, RunFollower follower) => ControlAsync(id, service, follower, g => g.Resume(), RunStatus.Running, "resume"))
            .Produces<RunResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        runs.MapPost("/{id}/cancel", (string id, RunService service, RunFollower follower) => ControlAsync(id, service, follower, g => g.Cancel(), RunStatus.Cancelled, "cancel"))
            .Produces<RunResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
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

    private static async Task<IResult> GetAsync(string id, RunService service, RunFollower follower)
    {
        // A run this server follows is answered from the newest status its long poll and controls have seen.
        if (follower.Latest(id) is { } latest)
        {
            return Results.Ok(RunResponse.Of(latest));
        }

        return await service.FindAsync(id) is { } run ? Results.Ok(RunResponse.Of(await run.GetStatus())) : NotFound(id);
    }

    /// <summary>A long poll: answers once a round after <paramref name="afterRound"/> is done, the run stops, or the wait passes.</summary>
    private static async Task<IResult> WaitAsync(string id, int? afterRound, double? timeoutSeconds, RunService service)
    {
        if (await service.FindAsync(id) is not { } run)
        {
            return NotFound(id);
        }

        var wait = TimeSpan.FromSeconds(Math.Clamp(timeoutSeconds ?? 10, 0, MaxWait.TotalSeconds));
        var after = afterRound ?? (await run.GetStatus()).Round;
        return Results.Ok(RunResponse.Of(await run.WaitForProgress(after, wait)));
    }

    private static async Task<IResult> WorldAsync(string id, RunService service, RunReportStore store, CancellationToken cancellationToken) =>
        await ReportsAsync(id, service, store, cancellationToken) is { } reports
            ? Results.Ok(reports.Select(r => r.World))
            : NotFound(id);

    private static async Task<IResult> CountriesAsync(string id, int? round, RunService service, RunReportStore store, CancellationToken cancellationToken)
    {
        if (await ReportsAsync(id, service, store, cancellationToken) is not { } reports)
        {
            return NotFound(id);
        }

        if (Pick(reports, round) is not { } report)
        {
            return round is null ? Results.Ok(new CountriesResponse(null, [])) : RoundNotFound(id, round.Value);
        }

        return Results.Ok(new CountriesResponse(report.Round, report.Countries));
    }

    private static async Task<IResult> PairsAsync(
        string id, int? round, string? sector, int? page, int? pageSize, RunService service, RunReportStore store, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (page is < 1)
        {
            errors["page"] = ["page starts at 1"];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize is between 1 and {MaxPageSize}"];
        }

        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        if (await ReportsAsync(id, service, store, cancellationToken) is not { } reports)
        {
            return NotFound(id);
        }

        var (number, size) = (page ?? 1, pageSize ?? DefaultPageSize);
        if (Pick(reports, round) is not { } report)
        {
            return round is null ? Results.Ok(new PairsResponse(null, sector, number, size, 0, [])) : RoundNotFound(id, round.Value);
        }

        var matching = sector is null
            ? report.Pairs
            : report.Pairs.Where(p => string.Equals(p.Sector, sector, StringComparison.OrdinalIgnoreCase)).ToImmutableArray();
        var items = matching.Skip((int)Math.Min((long)(number - 1) * size, int.MaxValue)).Take(size).ToImmutableArray();
        return Results.Ok(new PairsResponse(report.Round, sector, number, size, matching.Length, items));
    }

    private static async Task<IResult> DisputesAsync(string id, RunService service, RunReportStore store, CancellationToken cancellationToken)
    {
        if (await ReportsAsync(id, service, store, cancellationToken) is not { } reports)
        {
            return NotFound(id);
        }

        var latest = reports.IsEmpty ? null : reports[^1];
        return Results.Ok(new DisputesResponse(latest?.Round, latest?.Disputes ?? [], [.. reports.SelectMany(r => r.DisputeStages)]));
    }

    /// <summary>The run's countries at their capitals (empty for a run this server did not start, e.g. one from before a restart).</summary>
    private static async Task<IResult> GeographyAsync(string id, RunService service) =>
        await service.FindAsync(id) is null
            ? NotFound(id)
            : Results.Ok(new GeographyResponse([.. service.Countries(id).Select(c => new PlaceResponse(c.Iso3, c.Name, c.Latitude, c.Longitude))]));

    private static async Task<IResult> CsvAsync(string id, string table, RunService service, RunReportStore store, CancellationToken cancellationToken)
    {
        if (!OutputTables.All.Contains(table, StringComparer.Ordinal))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Unknown table",
                detail: $"'{table}' is not a table; the tables are {string.Join(", ", OutputTables.All)}.");
        }

        if (await ReportsAsync(id, service, store, cancellationToken) is not { } reports)
        {
            return NotFound(id);
        }

        var folder = Directory.CreateTempSubdirectory("dtsim-csv-");
        try
        {
            using (var writer = new RunTableWriter(folder.FullName, [table]))
            {
                foreach (var report in reports)
                {
                    writer.Write(report);
                }

                writer.Finish();
            }

            var bytes = await File.ReadAllBytesAsync(Path.Combine(folder.FullName, OutputTables.FileName(table)), cancellationToken);
            return Results.File(bytes, "text/csv; charset=utf-8", OutputTables.FileName(table));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<IResult> ControlAsync(
        string id, RunService service, RunFollower follower, Func<ISimulationGrain, Task<RunStatusReport>> control, RunStatus expected, string verb)
    {
        if (await service.FindAsync(id) is not { } run)
        {
            return NotFound(id);
        }

        var status = await control(run);
        follower.Observe(status);
        return status.Status == expected
            ? Results.Ok(RunResponse.Of(status))
            : Results.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: $"The run cannot {verb}",
                detail: $"Run {id} is {status.Status}.");
    }

    private static async Task<ImmutableArray<RoundReport>?> ReportsAsync(string id, RunService service, RunReportStore store, CancellationToken cancellationToken) =>
        await service.FindAsync(id) is null ? null : await store.CollectAsync(id, cancellationToken);

    private static RoundReport? Pick(ImmutableArray<RoundReport> reports, int? round) =>
        round is null
            ? (reports.IsEmpty ? null : reports[^1])
            : reports.FirstOrDefault(r => r.Round == round.Value);

    private static IResult NotFound(string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Run not found", detail: $"No run has the id '{id}'.");

    private static IResult RoundNotFound(string id, int round) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Round not recorded", detail: $"Run {id} has no report for round {round}.");
}
