using System.Globalization;
using DigitalTrade.Model.Metrics;
using Spectre.Console;

namespace DigitalTrade.Cli.Running;

/// <summary>The short table printed after a run: world metrics at the baseline and the last round.</summary>
public sealed class RunSummary
{
    private WorldRow? _first;
    private WorldRow? _last;
    private IReadOnlyList<CountryRow> _lastCountries = [];

    /// <summary>Notes a round's report.</summary>
    public void Observe(RoundReport report)
    {
        _first ??= report.World;
        _last = report.World;
        _lastCountries = report.Countries;
    }

    /// <summary>Prints the table.</summary>
    public void Print(string outputFolder)
    {
        if (_first is null || _last is null)
        {
            return;
        }

        var table = new Table().Title("World").AddColumns("metric", $"round {_first.Round}", $"round {_last.Round}", "change");
        Row(table, "total trade, USD bn", _first.TotalTradeUsdBn, _last.TotalTradeUsdBn);
        Row(table, "goods trade, USD bn", _first.GoodsTradeUsdBn, _last.GoodsTradeUsdBn);
        Row(table, "e-commerce trade, USD bn", _first.EcommerceTradeUsdBn, _last.EcommerceTradeUsdBn);
        Row(table, "digital trade, USD bn", _first.DigitalTradeUsdBn, _last.DigitalTradeUsdBn);
        Row(table, "output, USD bn", _first.WorldOutputUsdBn, _last.WorldOutputUsdBn);
        table.AddRow("digital share of trade", Percent(_first.DigitalShare), Percent(_last.DigitalShare), "");
        AnsiConsole.Write(table);

        var top = _lastCountries.OrderByDescending(c => c.RealIncomeIndex).ThenBy(c => c.Iso3, StringComparer.Ordinal).Take(5)
            .Select(c => $"{c.Iso3} {c.RealIncomeIndex.ToString("F3", CultureInfo.InvariantCulture)}");
        AnsiConsole.WriteLine($"Highest real-income index at round {_last.Round}: {string.Join(", ", top)}");
        AnsiConsole.WriteLine($"Outputs: {outputFolder}");
    }

    private static void Row(Table table, string name, double first, double last) =>
        table.AddRow(
            name,
            first.ToString("N1", CultureInfo.InvariantCulture),
            last.ToString("N1", CultureInfo.InvariantCulture),
            first == 0 ? "" : ((last / first) - 1).ToString("+0.0%;-0.0%", CultureInfo.InvariantCulture));

    private static string Percent(double share) => share.ToString("0.00%", CultureInfo.InvariantCulture);
}
