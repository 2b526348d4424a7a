using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalTrade.Server.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DigitalTrade.Server.Tests;

/// <summary>A server whose report cache holds nothing, so every result is read from the run's grain.</summary>
public sealed class NoReportCacheServerFixture : ServerFixture
{
    protected override void Configure(ServerOptions options)
    {
        base.Configure(options);
        options.ReportCacheMegabytes = 0;
    }
}

[CollectionDefinition(Name)]
public sealed class NoReportCacheServerCollection : ICollectionFixture<NoReportCacheServerFixture>
{
    public const string Name = "server without a report cache";
}

/// <summary>Results whose reports neither the cache nor the grain holds any more answer 410, not an empty list.</summary>
[Collection(NoReportCacheServerCollection.Name)]
public sealed class ReportsGoneTests(NoReportCacheServerFixture server)
{
    [Fact]
    public async Task Reports_lost_with_the_grains_deactivation_and_not_cached_answer_410()
    {
        var id = await server.StartAsync(ServerFixture.ShocksYaml);
        await server.WaitUntilStoppedAsync(id);
        var world = await server.Client.GetFromJsonAsync<JsonElement>($"/api/runs/{id}/world");
        Assert.Equal(9, world.GetArrayLength()); // read from the grain: the cache keeps nothing

        // The grain keeps reports in memory only: once deactivated, it comes back with its status and no reports.
        await server.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        foreach (var path in new[] { "world", "countries", "pairs", "disputes", "csv/world" })
        {
            using var gone = await server.Client.GetAsync($"/api/runs/{id}/{path}");
            Assert.True(gone.StatusCode == HttpStatusCode.Gone, $"/{path} answered {gone.StatusCode}: {await gone.Content.ReadAsStringAsync()}");
            Assert.Equal("application/problem+json", gone.Content.Headers.ContentType?.MediaType);
            var problem = await gone.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("The reports of this run are no longer held", problem.GetProperty("title").GetString());
        }

        var status = await server.Client.GetFromJsonAsync<JsonElement>($"/api/runs/{id}");
        Assert.Equal("Completed", status.GetProperty("status").GetString());
    }
}
