namespace DigitalTrade.Server.Api;

/// <summary>The problem documents the run routes answer with (RFC 7807).</summary>
public static class RunProblems
{
    /// <summary>404: no run has the id.</summary>
    public static IResult NotFound(string id) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Run not found", detail: $"No run has the id '{id}'.");

    /// <summary>404: the run has no report of the round.</summary>
    public static IResult RoundNotFound(string id, int round) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Round not recorded", detail: $"Run {id} has no report for round {round}.");

    /// <summary>410: the run's reports are neither cached nor held by its grain any more.</summary>
    public static IResult ReportsGone(string id) =>
        Results.Problem(
            statusCode: StatusCodes.Status410Gone,
            title: "The reports of this run are no longer held",
            detail: $"Run {id} has played rounds whose reports its grain no longer holds (it keeps them in memory only, until it is " +
                "deactivated) and the server's report cache no longer has them (it keeps the most recently used runs' reports).");

    /// <summary>503: the server is stopping and could not read the run's status in time.</summary>
    public static IResult ShuttingDown() =>
        Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The server is shutting down");
}
