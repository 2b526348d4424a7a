using System.Net;

namespace DigitalTrade.Server.Tests.OutOfProcess;

/// <summary>A request past its time is answered 504 with a problem document (docs/api.md, "Limits").</summary>
[Collection(ServerProcessCollection.Name)]
public sealed class RequestTimeoutTests
{
    [Fact]
    public async Task A_long_poll_past_its_request_timeout_answers_504()
    {
        await using var server = await ServerProcess.StartAsync("--Server:LongPollTimeoutSeconds", "1");
        var id = await server.StartRunAsync(ServerFixture.LongYaml);
        var paused = await server.PostAsync($"/api/runs/{id}/pause"); // a paused run makes no progress to answer the poll with
        Assert.Equal(HttpStatusCode.OK, paused.Status);

        var answer = await server.GetAsync($"/api/runs/{id}/wait?afterRound=100000&timeoutSeconds=20");

        var problem = answer.AssertProblem(HttpStatusCode.GatewayTimeout);
        Assert.Contains("1 s", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(answer.Elapsed >= TimeSpan.FromSeconds(1), $"answered after {answer.Elapsed.TotalSeconds:F2} s, before the 1 s timeout");
        Assert.Equal(HttpStatusCode.OK, (await server.PostAsync($"/api/runs/{id}/cancel")).Status);
    }
}
