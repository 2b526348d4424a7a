using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace DigitalTrade.Server.Tests.Browser;

/// <summary>
/// The dashboard at / in a real headless Chromium (Debian's, at <see cref="ChromiumPath"/>), against
/// the shared server: a submitted run appears and advances, the world chart draws, the map has one
/// circle per country and the countries table sorts by its header cells.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class DashboardBrowserTests(ServerFixture server)
{
    /// <summary>Debian's Chromium; Playwright's own browser download is never used. The test fails, never skips, without it.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>The example scenario with 40 rounds, long enough for the progress to be seen moving.</summary>
    private static string FortyRoundYaml { get; } = ServerFixture.ShocksYaml.Replace("rounds: 8", "rounds: 40", StringComparison.Ordinal);

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task The_dashboard_follows_a_run_and_draws_its_chart_map_and_table()
    {
        Assert.True(
            File.Exists(ChromiumPath),
            $"Chromium is not installed at {ChromiumPath}; the dashboard test needs it. Install Debian's package: apt-get install -y chromium (.ci/run does this).");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox"],
            Timeout = (float)Timeout.TotalMilliseconds,
        });
        var page = await browser.NewPageAsync(new() { BaseURL = server.Client.BaseAddress!.ToString() });
        page.SetDefaultTimeout((float)Timeout.TotalMilliseconds);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync("/");
        var id = await server.StartAsync(FortyRoundYaml);
        try
        {
            // The run appears in #runs and its progress moves (or it is already done when first seen).
            var item = page.Locator($"#runs [data-run-id=\"{id}\"]");
            await item.WaitForAsync();
            var first = (await item.InnerTextAsync()).Trim();
            if (!IsFinished(first))
            {
                await page.WaitForFunctionAsync(
                    "([id, before]) => { const e = document.querySelector(`#runs [data-run-id=\"${id}\"]`); return e !== null && e.innerText.trim() !== before; }",
                    new object[] { id, first });
                var second = (await item.InnerTextAsync()).Trim();
                Assert.NotEqual(first, second);
            }

            var final = await server.WaitUntilStoppedAsync(id);
            Assert.Equal("Completed", final.GetProperty("status").GetString());
            await page.WaitForFunctionAsync(
                "([id, pattern]) => { const e = document.querySelector(`#runs [data-run-id=\"${id}\"]`); return e !== null && new RegExp(pattern, 'i').test(e.innerText); }",
                new object[] { id, FinishedPattern });

            // Show this run, when the page needs a click on its item to select it; the checks below hold either way.
            await item.ClickAsync();

            // The world chart has drawn something: at least a few hundred pixels differ from the background.
            await page.Locator("#world-chart[data-rendered=\"true\"]").WaitForAsync();
            var inked = await page.EvaluateAsync<int>(
                """
                () => {
                  const c = document.querySelector('#world-chart');
                  if (!(c instanceof HTMLCanvasElement) || c.width === 0 || c.height === 0) return 0;
                  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                  let n = 0;
                  for (let i = 0; i < d.length; i += 4)
                    if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2] || d[i + 3] !== d[3]) n++;
                  return n;
                }
                """);
            Assert.True(inked > 200, $"#world-chart is marked rendered but only {inked} pixels differ from its background");

            // One circle per country on the map, six rows in the countries table.
            var countries = (await server.Client.GetFromJsonAsync<JsonElement>($"/api/runs/{id}/countries")).GetProperty("countries").GetArrayLength();
            Assert.Equal(6, countries);
            await page.WaitForFunctionAsync("n => document.querySelectorAll('#map circle').length === n", countries);
            Assert.Equal(countries, await page.Locator("#map circle").CountAsync());
            var rows = page.Locator("#countries tbody tr");
            await page.WaitForFunctionAsync("n => document.querySelectorAll('#countries tbody tr').length === n", countries);
            Assert.Equal(countries, await rows.CountAsync());
            await page.Locator("#disputes").WaitForAsync(new() { State = WaitForSelectorState.Attached });

            // A header cell sorts the table: two clicks give two different orders of the same rows.
            var initial = await rows.AllInnerTextsAsync();
            var header = page.Locator("#countries thead th").First;
            await header.ClickAsync();
            var once = await WaitForOrderOtherThanAsync(page, initial);
            await header.ClickAsync();
            var twice = await WaitForOrderOtherThanAsync(page, once);
            Assert.Equal(initial.Order(StringComparer.Ordinal), once.Order(StringComparer.Ordinal));
            Assert.Equal(initial.Order(StringComparer.Ordinal), twice.Order(StringComparer.Ordinal));
            Assert.NotEqual(once, twice);
            Assert.True(!initial.SequenceEqual(once) || !initial.SequenceEqual(twice), "clicking a header of #countries twice never changed the order of its rows");

            Assert.True(errors.Count == 0, "the page threw: " + string.Join(" | ", errors));
        }
        finally
        {
            (await server.PostAsync($"/api/runs/{id}/cancel")).Dispose();
        }
    }

    private static bool IsFinished(string progress) =>
        System.Text.RegularExpressions.Regex.IsMatch(progress, FinishedPattern, System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>A finished run's progress text: its status, all 40 rounds, or 100 %.</summary>
    private const string FinishedPattern = @"completed|40\s*/\s*40|100\s*%";

    /// <summary>The rows' texts once they differ from <paramref name="before"/>, or as they are when 2 s pass without a change.</summary>
    private static async Task<IReadOnlyList<string>> WaitForOrderOtherThanAsync(IPage page, IReadOnlyList<string> before)
    {
        var rows = page.Locator("#countries tbody tr");
        var deadline = DateTime.UtcNow.AddSeconds(2);
        IReadOnlyList<string> now;
        do
        {
            now = await rows.AllInnerTextsAsync();
            if (!now.SequenceEqual(before))
            {
                return now;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);
        return now;
    }
}
