using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DigitalTrade.Server.Hosting;
using Microsoft.Extensions.Configuration;

namespace DigitalTrade.Server.Tests;

/// <summary>The pages and documents the server serves besides the run API.</summary>
[Collection(ServerCollection.Name)]
public sealed class HostingTests(ServerFixture server)
{
    [Fact]
    public async Task Health_answers_200_once_the_silo_is_ready()
    {
        var health = await server.Client.GetFromJsonAsync<JsonElement>("/health");
        Assert.Equal("ready", health.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_orleans_dashboard_answers_at_slash_orleans()
    {
        using var response = await server.Client.GetAsync("/orleans");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_dashboard_page_links_to_the_orleans_dashboard_and_the_openapi_document()
    {
        var page = await server.Client.GetStringAsync("/");
        Assert.Contains("/orleans", page, StringComparison.Ordinal);
        Assert.Contains("/openapi/v1.json", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_routes()
    {
        var document = await server.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        string[] expected =
        [
            "/health", "/api/runs", "/api/runs/{id}", "/api/runs/{id}/wait", "/api/runs/{id}/world", "/api/runs/{id}/countries",
            "/api/runs/{id}/pairs", "/api/runs/{id}/disputes", "/api/runs/{id}/csv/{table}",
            "/api/runs/{id}/pause", "/api/runs/{id}/resume", "/api/runs/{id}/cancel",
        ];
        Assert.All(expected, path => Assert.Contains(path, paths));
    }
}

/// <summary>The start-up check that keeps the server off public addresses unless writes need a key.</summary>
public sealed class BindingCheckTests
{
    [Theory]
    [InlineData("http://127.0.0.1:8080", true)]
    [InlineData("http://localhost:5000", true)]
    [InlineData("http://[::1]:8080", true)]
    [InlineData("https://127.0.0.2:443/", true)]
    [InlineData("http://0.0.0.0:8080", false)]
    [InlineData("http://*:8080", false)]
    [InlineData("http://+:8080", false)]
    [InlineData("http://[::]:8080", false)]
    [InlineData("http://192.168.1.10:8080", false)]
    [InlineData("http://example.org:8080", false)]
    public void Loopback_addresses_are_told_from_public_ones(string url, bool loopback) =>
        Assert.Equal(loopback, BindingCheck.IsLoopback(url));

    [Fact]
    public void A_public_address_without_a_key_is_refused_with_a_message_naming_it()
    {
        var refused = Assert.Throws<ServerStartupException>(() => BindingCheck.Enforce(["http://127.0.0.1:8080;http://0.0.0.0:8081"], apiKey: null));
        Assert.Contains("http://0.0.0.0:8081", refused.Message, StringComparison.Ordinal);
        Assert.Contains("DTSIM_API_KEY", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1:8080", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_address_with_a_key_and_loopback_without_one_are_accepted()
    {
        BindingCheck.Enforce(["http://0.0.0.0:8081"], apiKey: "secret");
        BindingCheck.Enforce(["http://127.0.0.1:8080", "http://localhost:8081"], apiKey: null);
    }

    [Fact]
    public void The_server_factory_refuses_a_public_url_without_a_key()
    {
        var refused = Assert.Throws<ServerStartupException>(() => ServerApp.Build(["--urls", "http://0.0.0.0:0"], o => o.ApiKey = null));
        Assert.Contains("non-loopback", refused.Message, StringComparison.Ordinal);
    }
}

/// <summary>The limits in the Server: configuration section are checked before the server starts.</summary>
public sealed class LimitOptionsTests
{
    [Theory]
    [InlineData("--Server:RequestBurst", "0")]
    [InlineData("--Server:SubmissionsPerMinute", "-5")]
    [InlineData("--Server:ReportCacheMegabytes", "-1")]
    [InlineData("--Server:RequestTimeoutSeconds", "many")]
    public void A_limit_out_of_range_or_unreadable_is_refused_naming_its_key(string key, string value)
    {
        var refused = Assert.Throws<ServerStartupException>(() => ServerApp.Build(["--urls", "http://127.0.0.1:0", key, value]));
        Assert.Contains(key[2..], refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_limits_are_read_from_their_server_keys()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Server:RequestsPerMinute"] = "1200",
                ["Server:SubmissionBurst"] = "3",
                ["Server:ReportCacheMegabytes"] = "0.5",
            })
            .Build();
        var options = ServerOptionsReader.Read(configuration, () => "scenarios");
        Assert.Equal(1200, options.RequestsPerMinute);
        Assert.Equal(3, options.SubmissionBurst);
        Assert.Equal(512 * 1024, options.ReportCacheBytes);
        Assert.Equal(new ServerOptions().RequestBurst, options.RequestBurst);
    }
}
