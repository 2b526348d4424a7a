using System.Globalization;

namespace DigitalTrade.Model.Tests.Estimation;

/// <summary>
/// The AGTPA chapter 2 panel (scenarios/ge/data), read once: one row per exporter, importer and year.
/// Columns: exporter, importer, pair_id, year, trade, dist, cntg, lang, clny, rta.
/// </summary>
internal sealed class AgtpaData
{
    private static readonly Lazy<AgtpaData> Panel = new(() => Read(
        Path.Combine(RepositoryPaths.Scenarios, "ge", "data", "agtpa_ch2_trade_1986-2006_4yr.csv")));

    private AgtpaData(List<string[]> rows)
    {
        Exporter = [.. rows.Select(r => r[0])];
        Importer = [.. rows.Select(r => r[1])];
        PairId = [.. rows.Select(r => int.Parse(r[2], CultureInfo.InvariantCulture))];
        Year = [.. rows.Select(r => int.Parse(r[3], CultureInfo.InvariantCulture))];
        Trade = Column(rows, 4);
        Dist = Column(rows, 5);
        Cntg = Column(rows, 6);
        Lang = Column(rows, 7);
        Clny = Column(rows, 8);
        Rta = Column(rows, 9);
    }

    public static AgtpaData All => Panel.Value;

    public string[] Exporter { get; }

    public string[] Importer { get; }

    public int[] PairId { get; }

    public int[] Year { get; }

    public double[] Trade { get; }

    public double[] Dist { get; }

    public double[] Cntg { get; }

    public double[] Lang { get; }

    public double[] Clny { get; }

    public double[] Rta { get; }

    public int Count => Trade.Length;

    /// <summary>Rows of one year.</summary>
    public int[] RowsOf(int year) => [.. Enumerable.Range(0, Count).Where(i => Year[i] == year)];

    /// <summary>Values of a column at the given rows.</summary>
    public static T[] At<T>(T[] column, int[] rows) => [.. rows.Select(i => column[i])];

    /// <summary>Dense ids 0..G−1 of the given keys, numbered in sorted key order (Stata's tabulate order).</summary>
    public static (int[] Groups, string[] Keys) Groups(IEnumerable<string> keys)
    {
        var list = keys.ToArray();
        var sorted = list.Distinct().OrderBy(k => k, StringComparer.Ordinal).ToArray();
        var index = sorted.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i);
        return ([.. list.Select(k => index[k])], sorted);
    }

    private static double[] Column(List<string[]> rows, int c) =>
        [.. rows.Select(r => double.Parse(r[c], CultureInfo.InvariantCulture))];

    private static AgtpaData Read(string path)
    {
        var lines = File.ReadAllLines(path);
        Assert.Equal("exporter,importer,pair_id,year,trade,dist,cntg,lang,clny,rta", lines[0]);
        return new AgtpaData([.. lines.Skip(1).Select(l => l.Split(','))]);
    }
}
