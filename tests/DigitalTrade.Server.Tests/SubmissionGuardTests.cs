using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalTrade.Server.Api;

namespace DigitalTrade.Server.Tests;

/// <summary>What the server refuses to accept, and how it says so (RFC 7807 problem documents).</summary>
[Collection(ServerCollection.Name)]
public sealed class SubmissionGuardTests(ServerFixture server)
{
    [Fact]
    public async Task Malformed_yaml_answers_400_with_the_line_and_column_of_the_problem()
    {
        using var response = await server.SubmitAsync("name: example\nseed: [1, 2\nrounds: 3\n");
        var issues = await IssuesOf(response);
        var issue = Assert.Single(issues);
        Assert.Equal("scenario.yaml", issue.GetProperty("file").GetString());
        Assert.True(issue.GetProperty("line").GetInt32() >= 2);
        Assert.True(issue.GetProperty("column").GetInt32() >= 1);
        Assert.StartsWith("yaml.", issue.GetProperty("rule").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_scenario_answers_400_listing_every_issue()
    {
        var yaml = ServerFixture.ShocksYaml.Replace("rounds: 8", "rounds: -1", StringComparison.Ordinal)
            .Replace("seed: 7", "seed: seven", StringComparison.Ordinal);
        using var response = await server.SubmitAsync(yaml);
        var issues = await IssuesOf(response);
        Assert.True(issues.Count >= 2, $"expected an issue for rounds and one for seed, got {issues.Count}");
        Assert.Contains(issues, i => i.GetProperty("line").GetInt32() == 5); // seed
        Assert.Contains(issues, i => i.GetProperty("line").GetInt32() == 6); // rounds
        Assert.All(issues, i => Assert.False(string.IsNullOrEmpty(i.GetProperty("rule").GetString())));
    }

    [Fact]
    public async Task A_data_path_leaving_the_scenarios_folder_answers_400()
    {
        var yaml = ServerFixture.ShocksYaml.Replace("file: data/countries.csv", "file: ../../../../etc/passwd", StringComparison.Ordinal);
        using var response = await server.SubmitAsync(yaml);
        var issues = await IssuesOf(response);
        Assert.Contains(issues, i => i.GetProperty("rule").GetString() == "data.path-outside-root");
        Assert.DoesNotContain("root:", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_one_mebibyte_answers_413()
    {
        var yaml = ServerFixture.ShocksYaml + "\n# " + new string('x', 1024 * 1024) + "\n";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/runs")
        {
            Content = new StringContent(yaml, System.Text.Encoding.UTF8, "application/yaml"),
        };
        request.Headers.Add(ApiKeyFilter.Header, ServerFixture.ApiKey);

        // The server refuses before reading and may close the connection while a body still uploads; with
        // Expect: 100-continue (as curl sends for large bodies) the body waits for the server's go-ahead instead.
        request.Headers.ExpectContinue = true;
        using var response = await server.Anonymous.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_body_that_is_not_yaml_answers_415()
    {
        using var response = await server.Client.PostAsync("/api/runs", JsonContent.Create(new { name = "x" }));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Writes_without_the_configured_key_answer_401(string? key)
    {
        using var submitted = await server.SubmitAsync(ServerFixture.ShocksYaml, key);
        Assert.Equal(HttpStatusCode.Unauthorized, submitted.StatusCode);
        Assert.Equal("application/problem+json", submitted.Content.Headers.ContentType?.MediaType);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/runs/any/cancel");
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        using var cancelled = await server.Anonymous.SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, cancelled.StatusCode);

        using var read = await server.Anonymous.GetAsync("/api/runs");
        Assert.Equal(HttpStatusCode.OK, read.StatusCode); // reads need no key
    }

    private static async Task<List<JsonElement>> IssuesOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal); // no stack trace
        using var document = JsonDocument.Parse(body);
        return document.RootElement.GetProperty("issues").EnumerateArray().Select(i => i.Clone()).ToList();
    }
}
