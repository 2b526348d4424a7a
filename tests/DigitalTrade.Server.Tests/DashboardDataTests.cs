using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace DigitalTrade.Server.Tests;

/// <summary>The data the dashboard needs beyond the run results (its geography), and the built pages themselves.</summary>
[Collection(ServerCollection.Name)]
public sealed class DashboardDataTests(ServerFixture server)
{
    private HttpClient Client => server.Client;

    [Fact]
    public async Task Geography_lists_the_scenario_countries_at_their_capitals()
    {
        var id = await server.StartAsync(ServerFixture.ShocksYaml);
        await server.WaitUntilStoppedAsync(id);

        var geography = await Client.GetFromJsonAsync<JsonElement>($"/api/runs/{id}/geography");
        var countries = geography.GetProperty("countries").EnumerateArray().ToList();
        var results = await Client.GetFromJsonAsync<JsonElement>($"/api/runs/{id}/countries");
        var simulated = results.GetProperty("countries").EnumerateArray().Select(c => c.GetProperty("iso3").GetString()).ToList();

        Assert.Equal(simulated.Order(StringComparer.Ordinal), countries.Select(c => c.GetProperty("iso3").GetString()).Order(StringComparer.Ordinal));
        Assert.All(countries, c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("name").GetString()));
            Assert.InRange(c.GetProperty("lat").GetDouble(), -90, 90);
            Assert.InRange(c.GetProperty("lon").GetDouble(), -180, 180);
        });
        var china = countries.Single(c => c.GetProperty("iso3").GetString() == "CHN");
        Assert.InRange(china.GetProperty("lat").GetDouble(), 39, 41);   // Beijing
        Assert.InRange(china.GetProperty("lon").GetDouble(), 115, 118);
    }

    [Fact]
    public async Task Geography_of_an_unknown_run_is_404()
    {
        using var response = await Client.GetAsync("/api/runs/no-such-run/geography");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_dashboard_page_and_its_bundle_are_served_from_the_build_with_nothing_from_the_internet()
    {
        var page = await server.Anonymous.GetStringAsync("/");
        foreach (var id in new[] { "id=\"runs\"", "id=\"world-chart\"", "id=\"map\"", "id=\"disputes\"", "id=\"countries\"" })
        {
            Assert.Contains(id, page, StringComparison.Ordinal);
        }

        var scripts = System.Text.RegularExpressions.Regex.Matches(page, "(?:src|href)=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.DoesNotContain(scripts, s => s.StartsWith("http", StringComparison.OrdinalIgnoreCase) || s.StartsWith("//", StringComparison.Ordinal));
        var bundle = Assert.Single(scripts, s => s.EndsWith(".js", StringComparison.Ordinal));
        using var script = await server.Anonymous.GetAsync(bundle);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("javascript", script.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("/api/runs", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
