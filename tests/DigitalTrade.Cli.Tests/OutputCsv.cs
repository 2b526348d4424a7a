using System.Globalization;

namespace DigitalTrade.Cli.Tests;

/// <summary>Reads a run's output CSV by column name (these files hold no quoted commas: ids, codes, names and numbers).</summary>
public static class OutputCsv
{
    /// <summary>Every row of the file as column → cell.</summary>
    public static List<Dictionary<string, string>> Rows(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second))];
    }

    /// <summary>A cell as a number.</summary>
    public static double Number(string cell) => double.Parse(cell, CultureInfo.InvariantCulture);
}
