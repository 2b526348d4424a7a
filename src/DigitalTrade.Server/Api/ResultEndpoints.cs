using System.Collections.Immutable;
using DigitalTrade.Model.Metrics;
using DigitalTrade.Outputs;
using DigitalTrade.Server.Runs;

namespace DigitalTrade.Server.Api;

/// <summary>The routes that read a run's results: world, countries, pairs, disputes, geography and CSV tables (docs/api.md).</summary>
public static class ResultEndpoints
{
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 1000;

    /// <summary>Maps the result routes under the runs group.</summary>
    public static RouteGroupBuilder MapResults(this RouteGroupBuilder runs)
    {
        runs.MapGet("/{id}/world", WorldAsync).Produces<IEnumerable<WorldRow>>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);
        runs.MapGet("/{id}/countries", CountriesAsync).Produces<CountriesResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);
        runs.MapGet("/{id}/pairs", PairsAsync).Produces<PairsResponse>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);
        runs.MapGet("/{id}/disputes", DisputesAsync).Produces<DisputesResponse>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);
        runs.MapGet("/{id}/geography", GeographyAsync).Produces<GeographyResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        runs.MapGet("/{id}/csv/{table}", CsvAsync).Produces(StatusCodes.Status200OK, contentType: "text/csv").ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);
        return runs;
    }

    private static async Task<IResult> WorldAsync(string id, RunService service, RunReportStore store, CancellationToken cancellationToken)
    {
        var (reports, problem) = await ReportsAsync(id, service, store, cancellationToken);
        return problem ?? Results.Ok(reports.Select(r => r.World));
    }

    private static async Task<IResult> CountriesAsync(string id, int? round, RunService service, RunReportStore store, CancellationToken cancellationToken)
    {
        var (reports, problem) = await ReportsAsync(id, service, store, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (Pick(reports, round) is not { } report)
        {
            return round is null ? Results.Ok(new CountriesResponse(null, [])) : RunProblems.RoundNotFound(id, round.Value);
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

        var (reports, problem) = await ReportsAsync(id, service, store, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var (number, size) = (page ?? 1, pageSize ?? DefaultPageSize);
        if (Pick(reports, round) is not { } report)
        {
            return round is null ? Results.Ok(new PairsResponse(null, sector, number, size, 0, [])) : RunProblems.RoundNotFound(id, round.Value);
        }

        var matching = sector is null
            ? report.Pairs
            : report.Pairs.Where(p => string.Equals(p.Sector, sector, StringComparison.OrdinalIgnoreCase)).ToImmutableArray();
        var items = matching.Skip((int)Math.Min((long)(number - 1) * size, int.MaxValue)).Take(size).ToImmutableArray();
        return Results.Ok(new PairsResponse(report.Round, sector, number, size, matching.Length, items));
    }

    private static async Task<IResult> DisputesAsync(string id, RunService service, RunReportStore store, CancellationToken cancellationToken)
    {
        var (reports, problem) = await ReportsAsync(id, service, store, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var latest = reports.IsEmpty ? null : reports[^1];
        return Results.Ok(new DisputesResponse(latest?.Round, latest?.Disputes ?? [], [.. reports.SelectMany(r => r.DisputeStages)]));
    }

    /// <summary>The run's countries at their capitals (empty for a run this server did not start, e.g. one from before a restart).</summary>
    private static async Task<IResult> GeographyAsync(string id, RunService service, CancellationToken cancellationToken) =>
        await service.FindAsync(id, cancellationToken) is null
            ? RunProblems.NotFound(id)
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

        var (reports, problem) = await ReportsAsync(id, service, store, cancellationToken);
        if (problem is not null)
        {
            return problem;
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

    /// <summary>The run's reports, or the problem to answer: 404 for an unknown run, 410 when its reports are lost.</summary>
    private static async Task<(ImmutableArray<RoundReport> Reports, IResult? Problem)> ReportsAsync(
        string id, RunService service, RunReportStore store, CancellationToken cancellationToken)
    {
        if (await service.FindAsync(id, cancellationToken) is null)
        {
            return ([], RunProblems.NotFound(id));
        }

        var collection = await store.CollectAsync(id, cancellationToken);
        return collection.Lost ? ([], RunProblems.ReportsGone(id)) : (collection.Reports, null);
    }

    private static RoundReport? Pick(ImmutableArray<RoundReport> reports, int? round) =>
        round is null
            ? (reports.IsEmpty ? null : reports[^1])
            : reports.FirstOrDefault(r => r.Round == round.Value);
}
