using System.Diagnostics;
using System.Net;

namespace DigitalTrade.Server.Tests.OutOfProcess;

/// <summary>The per-client rate limits (docs/api.md, "Limits") of a server process with its default settings.</summary>
[Collection(ServerProcessCollection.Name)]
public sealed class RateLimitTests
{
    private const int DefaultSubmissionBurst = 10;

    [Fact]
    public async Task A_flood_of_submissions_is_refused_429_with_retry_after_once_the_burst_is_spent_and_the_server_stays_up()
    {
        await using var server = await ServerProcess.StartAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 60).Select(_ => server.SubmitAsync("name: [unclosed\n")));

        var parsed = answers.Where(a => a.Status == HttpStatusCode.BadRequest).ToList();
        var refused = answers.Where(a => a.Status == HttpStatusCode.TooManyRequests).ToList();
        Assert.True(parsed.Count + refused.Count == answers.Length, "every answer is 400 or 429: " + string.Join(", ", answers.Select(a => (int)a.Status)));

        // The burst, plus the token or two the bucket adds back (one per 3 s) while the flood lasts.
        Assert.InRange(parsed.Count, DefaultSubmissionBurst, DefaultSubmissionBurst + 2);
        Assert.All(parsed, a => Assert.StartsWith("yaml.", Assert.Single(a.IssueRules()), StringComparison.Ordinal));
        Assert.All(refused, a =>
        {
            var problem = a.AssertProblem(HttpStatusCode.TooManyRequests);
            Assert.Contains("Retry-After", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.True(a.RetryAfter >= TimeSpan.FromSeconds(1), $"Retry-After was {a.RetryAfter}");
        });

        var health = await server.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, health.Status);
        health.AssertFast();
        server.AssertPeakMemoryBelowCeiling();
    }

    [Fact]
    public async Task Submissions_beyond_those_being_validated_and_queued_are_refused_at_once_and_reads_stay_fast()
    {
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(HostileDocuments.ManyInvalidEvents), 800_000, 1_000_000);
        await using var server = await ServerProcess.StartAsync("--Server:ConcurrentSubmissions", "1", "--Server:SubmissionQueue", "1");

        var submissions = Enumerable.Range(0, 4).Select(_ => server.SubmitAsync(HostileDocuments.ManyInvalidEvents, expectContinue: true)).ToList();
        var health = await server.GetAsync("/health");
        var answers = await Task.WhenAll(submissions);

        Assert.Equal(HttpStatusCode.OK, health.Status);
        health.AssertFast();
        var refused = answers.Where(a => a.Status == HttpStatusCode.TooManyRequests).ToList();
        var validated = answers.Where(a => a.Status == HttpStatusCode.BadRequest).ToList();
        Assert.True(refused.Count + validated.Count == answers.Length, "every answer is 400 or 429: " + string.Join(", ", answers.Select(a => (int)a.Status)));
        Assert.NotEmpty(refused); // one validating and one waiting: the others are refused
        Assert.NotEmpty(validated);
        Assert.All(refused, a => a.AssertProblem(HttpStatusCode.TooManyRequests)); // at once, within 5 s
        Assert.All(validated, a => Assert.Contains("\"schema.type\"", a.Body, StringComparison.Ordinal)); // the queued one waited its turn
        server.AssertPeakMemoryBelowCeiling();
    }

    [Fact]
    public async Task Ten_valid_submissions_and_thirty_reads_in_a_minute_are_all_served()
    {
        await using var server = await ServerProcess.StartAsync();
        var clock = Stopwatch.StartNew();

        var ids = new List<string>();
        for (var i = 0; i < DefaultSubmissionBurst; i++)
        {
            var id = await server.StartRunAsync(ServerFixture.ShocksYaml);
            ids.Add(id);

            // Cancelled so the active-run limit (4) is not what answers next; 409 when it has already completed.
            var cancelled = await server.PostAsync($"/api/runs/{id}/cancel");
            Assert.True(cancelled.Status is HttpStatusCode.OK or HttpStatusCode.Conflict, $"cancel answered {(int)cancelled.Status}: {cancelled.Body}");
        }

        string[] reads = ["/api/runs", "/api/runs/{0}", "/api/runs/{0}/world"];
        for (var i = 0; i < 30; i++)
        {
            var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, reads[i % reads.Length], ids[i % ids.Count]);
            var read = await server.GetAsync(path);
            Assert.True(read.Status == HttpStatusCode.OK, $"GET {path} (read {i + 1} of 30) answered {(int)read.Status}: {read.Body}");
        }

        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(1), $"the 10 submissions and 30 reads took {clock.Elapsed.TotalSeconds:F1} s");
    }
}
