using System.Net;

namespace DigitalTrade.Server.Tests.OutOfProcess;

/// <summary>The report cache's bound (docs/api.md, "Limits"), with a cache that holds one example run's reports (about 200 KB by the estimate) but not two.</summary>
[Collection(ServerProcessCollection.Name)]
public sealed class ReportCacheTests
{
    [Fact]
    public async Task The_least_recently_used_run_leaves_a_full_report_cache_and_its_reports_are_fetched_again()
    {
        await using var server = await ServerProcess.StartAsync("--Server:ReportCacheMegabytes", "0.3");
        var first = await server.StartRunAsync(ServerFixture.ShocksYaml);
        await server.WaitUntilStoppedAsync(first);
        var before = await server.GetAsync($"/api/runs/{first}/world");
        Assert.Equal(HttpStatusCode.OK, before.Status);

        var second = await server.StartRunAsync(ServerFixture.ShocksYaml);
        await server.WaitUntilStoppedAsync(second);
        await server.WaitForLineAsync(
            l => l.Contains($"The reports of run {first} ", StringComparison.Ordinal) && l.Contains("left the report cache", StringComparison.Ordinal),
            TimeSpan.FromSeconds(10),
            "the first run's reports leaving the cache for the second run's");

        var after = await server.GetAsync($"/api/runs/{first}/world");
        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.Equal(9, after.Json().GetArrayLength());
        Assert.Equal(before.Body, after.Body);
    }
}
