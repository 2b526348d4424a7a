using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace DigitalTrade.Server.Tests.OutOfProcess;

/// <summary>An HTTP answer read to its last byte, with the time that took from sending the request.</summary>
public sealed record Answer(HttpStatusCode Status, string? MediaType, string Body, TimeSpan Elapsed, TimeSpan? RetryAfter)
{
    /// <summary>How long a refusal may take, request sent to answer read (the issue's "within 5 s").</summary>
    public static readonly TimeSpan FailFast = TimeSpan.FromSeconds(5);

    /// <summary>Sends the request and reads the whole answer.</summary>
    public static async Task<Answer> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        var clock = Stopwatch.StartNew();
        using (request)
        using (var response = await client.SendAsync(request))
        {
            var body = await response.Content.ReadAsStringAsync();
            return new Answer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, body, clock.Elapsed, response.Headers.RetryAfter?.Delta);
        }
    }

    /// <summary>
    /// A POST of scenario YAML to /api/runs as application/yaml. With <paramref name="expectContinue"/> the body is sent only
    /// once the server asks for it (as curl does for large bodies), so a refusal before reading arrives as an answer rather
    /// than as a broken pipe while the upload still runs.
    /// </summary>
    public static HttpRequestMessage Submission(string yaml, bool expectContinue = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/runs")
        {
            Content = new StringContent(yaml, Encoding.UTF8, new MediaTypeHeaderValue("application/yaml")),
        };
        request.Headers.ExpectContinue = expectContinue;
        return request;
    }

    /// <summary>The body as JSON.</summary>
    public JsonElement Json()
    {
        using var document = JsonDocument.Parse(Body);
        return document.RootElement.Clone();
    }

    /// <summary>
    /// Asserts a problem document (application/problem+json, no stack trace) with the status <paramref name="expected"/>,
    /// answered within <see cref="FailFast"/>; answers the document.
    /// </summary>
    public JsonElement AssertProblem(HttpStatusCode expected)
    {
        Assert.True(Status == expected, $"expected {(int)expected}, got {(int)Status}: {Shorten(Body)}");
        Assert.Equal("application/problem+json", MediaType);
        Assert.DoesNotContain("   at ", Body, StringComparison.Ordinal);
        AssertFast();
        var problem = Json();
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>Asserts the answer came within <see cref="FailFast"/>.</summary>
    public void AssertFast() =>
        Assert.True(Elapsed < FailFast, $"the {(int)Status} answer took {Elapsed.TotalSeconds:F2} s, more than {FailFast.TotalSeconds} s");

    /// <summary>The rules of the issues of a 400 problem.</summary>
    public IReadOnlyList<string> IssueRules() =>
        [.. AssertProblem(HttpStatusCode.BadRequest).GetProperty("issues").EnumerateArray().Select(i => i.GetProperty("rule").GetString() ?? "")];

    private static string Shorten(string text) => text.Length <= 500 ? text : text[..500] + "…";
}
