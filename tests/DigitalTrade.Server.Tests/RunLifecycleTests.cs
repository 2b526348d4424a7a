using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace DigitalTrade.Server.Tests;

/// <summary>Submitting, following and controlling runs over HTTP, against a real server and silo.</summary>
[Collection(ServerCollection.Name)]
public sealed class RunLifecycleTests(ServerFixture server)
{
    private HttpClient Client => server.Client;

    [Fact]
    public async Task Submitted_example_runs_to_completion_and_every_result_route_answers()
    {
        using var submitted = await server.SubmitAsync(ServerFixture.ShocksYaml);
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var accepted = await submitted.Content.ReadFromJsonAsync<JsonElement>();
        var id = accepted.GetProperty("id").GetString()!;
        Assert.Equal($"/api/runs/{id}", submitted.Headers.Location?.OriginalString);
        Assert.Equal("example-shocks", accepted.GetProperty("name").GetString());
        Assert.Equal(8, accepted.GetProperty("rounds").GetInt32());

        var final = await server.WaitUntilStoppedAsync(id);
        Assert.Equal("Completed", final.GetProperty("status").GetString());
        Assert.Equal(8, final.GetProperty("round").GetInt32());

        var status = await Client.GetFromJsonAsync<JsonElement>($"/api/runs/{id}");
        Assert.Equal("Completed", status.GetProperty("status").GetString());
        var listed = await Client.GetFromJsonAsync<JsonElement>("/api/runs");
        Assert.Contains(listed.EnumerateArray(), r => r.GetProperty("id").GetString() == id);

        var world = await Client.GetFromJsonAsync<JsonElement>($"/api/runs/{id}/world");
        Assert.Equal(9, world.GetArrayLength());
        Assert.Equal(Enumerable.Range(0, 9), world.EnumerateArray().Select(w => w.GetProperty("round").GetInt32()));
        Assert.True(world[0].GetProperty("total_trade_usd_bn").GetDouble() > 0);

        var countries = await Client.GetFromJsonAsync<JsonElement>($"/api/runs/{id}/countries");
        Assert.Equal(8, countries.GetProperty("round").GetInt32());
        Assert.Equal(6, countries.GetProperty("countries").GetArrayLength());
        var baseline = await Client.GetFromJsonAsync<JsonElement>($"/api/runs/{id}/countries?round=0");
        Assert.Equal(0, baseline.GetProperty("round").GetInt32());

        var all = await Client.GetFromJsonAsync<JsonElement>($"/api/runs/{id}/pairs?round=3&pageSize=1000");
        var goods = await Client.GetFromJsonAsync<JsonElement>($"/api/runs/{id}/pairs?round=3&sector=goods&page=2&pageSize=7");
        Assert.Equal(30, goods.GetProperty("total").GetInt32()); // 6 × 5 ordered pairs
        Assert.Equal(7, goods.GetProperty("pairs").GetArrayLength());
        Assert.All(goods.GetProperty("pairs").EnumerateArray(), p => Assert.Equal("goods", p.GetProperty("sector").GetString()));
        Assert.Equal(all.GetProperty("pairs").GetArrayLength(), all.GetProperty("total").GetInt32());

        var disputes = await Client.GetFromJsonAsync<JsonElement>($"/api/runs/{id}/disputes");
        Assert.Equal(8, disputes.GetProperty("round").GetInt32());
        Assert.Equal(JsonValueKind.Array, disputes.GetProperty("stages").ValueKind);

        using var csv = await Client.GetAsync($"/api/runs/{id}/csv/world");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');
        Assert.StartsWith("round,total_trade_usd_bn", lines[0], StringComparison.Ordinal);
        Assert.Equal(10, lines.Length);

        using var pairsCsv = await Client.GetAsync($"/api/runs/{id}/csv/pairs");
        Assert.Equal(HttpStatusCode.OK, pairsCsv.StatusCode);
        using var unknownTable = await Client.GetAsync($"/api/runs/{id}/csv/secrets");
        Assert.Equal(HttpStatusCode.NotFound, unknownTable.StatusCode);
        using var unknownRound = await Client.GetAsync($"/api/runs/{id}/countries?round=99");
        Assert.Equal(HttpStatusCode.NotFound, unknownRound.StatusCode);
    }

    [Fact]
    public async Task A_long_run_pauses_resumes_and_cancels()
    {
        var id = await server.StartAsync(ServerFixture.LongYaml);
        try
        {
            var paused = await Control(id, "pause", HttpStatusCode.OK);
            Assert.Equal("Paused", paused.GetProperty("status").GetString());
            var status = await Client.GetFromJsonAsync<JsonElement>($"/api/runs/{id}");
            Assert.Equal("Paused", status.GetProperty("status").GetString());
            await Task.Delay(300); // the follower's long poll may answer late: a paused run must still read as paused
            var later = await Client.GetFromJsonAsync<JsonElement>($"/api/runs/{id}");
            Assert.Equal("Paused", later.GetProperty("status").GetString());
            Assert.True(later.GetProperty("sequence").GetInt64() >= paused.GetProperty("sequence").GetInt64());

            var resumed = await Control(id, "resume", HttpStatusCode.OK);
            Assert.Equal("Running", resumed.GetProperty("status").GetString());

            var cancelled = await Control(id, "cancel", HttpStatusCode.OK);
            Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
            Assert.True(cancelled.GetProperty("round").GetInt32() < 5000);
            Assert.Equal("Cancelled", (await Client.GetFromJsonAsync<JsonElement>($"/api/runs/{id}")).GetProperty("status").GetString());

            var again = await Control(id, "resume", HttpStatusCode.Conflict);
            Assert.Equal(409, again.GetProperty("status").GetInt32());
        }
        finally
        {
            (await server.PostAsync($"/api/runs/{id}/cancel")).Dispose();
        }
    }

    [Fact]
    public async Task Beyond_the_active_run_limit_a_submission_answers_429()
    {
        var id = await server.StartAsync(ServerFixture.LongYaml);
        try
        {
            using var refused = await server.SubmitAsync(ServerFixture.ShocksYaml);
            Assert.Equal((HttpStatusCode)429, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            using var cancelled = await server.PostAsync($"/api/runs/{id}/cancel");
            Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        }
    }

    [Theory]
    [InlineData("GET", "/api/runs/no-such-run")]
    [InlineData("GET", "/api/runs/no-such-run/world")]
    [InlineData("GET", "/api/runs/no-such-run/countries")]
    [InlineData("GET", "/api/runs/no-such-run/pairs")]
    [InlineData("GET", "/api/runs/no-such-run/disputes")]
    [InlineData("GET", "/api/runs/no-such-run/csv/world")]
    [InlineData("POST", "/api/runs/no-such-run/pause")]
    [InlineData("POST", "/api/runs/no-such-run/cancel")]
    public async Task Unknown_run_ids_answer_404_problems(string method, string path)
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<JsonElement> Control(string id, string verb, HttpStatusCode expected)
    {
        using var response = await server.PostAsync($"/api/runs/{id}/{verb}");
        Assert.True(expected == response.StatusCode, $"{verb} of run {id} answered {response.StatusCode}, expected {expected}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
