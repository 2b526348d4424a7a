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

/// <summary>Results are read back from the run's report grains after every grain was deactivated: nothing is lost.</summary>
[Collection(NoReportCacheServerCollection.Name)]
public sealed class ReportsGoneTests(NoReportCacheServerFixture server)
{
    [Fact]
    public async Task Reports_survive_the_deactivation_of_every_grain_and_are_served_again()
    {
        var id = await server.StartAsync(ServerFixture.ShocksYaml);
        await server.WaitUntilStoppedAsync(id);
        var before = await server.Client.GetStringAsync($"/api/runs/{id}/csv/world");
        var world = await server.Client.GetFromJsonAsync<JsonElement>($"/api/runs/{id}/world");
        Assert.Equal(9, world.GetArrayLength()); // read from the grains: the cache keeps nothing

        // Each round's report is in grain storage of its own, so a reactivated run serves the same results.
        await server.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);

        foreach (var path in new[] { "world", "countries", "pairs", "disputes", "csv/world" })
        {
            using var answer = await server.Client.GetAsync($"/api/runs/{id}/{path}");
            Assert.True(answer.StatusCode == HttpStatusCode.OK, $"/{path} answered {answer.StatusCode}: {await answer.Content.ReadAsStringAsync()}");
        }

        Assert.Equal(before, await server.Client.GetStringAsync($"/api/runs/{id}/csv/world"));
        var status = await server.Client.GetFromJsonAsync<JsonElement>($"/api/runs/{id}");
        Assert.Equal("Completed", status.GetProperty("status").GetString());
    }
}
