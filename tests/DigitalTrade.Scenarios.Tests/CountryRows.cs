namespace DigitalTrade.Scenarios.Tests;

/// <summary>Smaller countries files: the repository's header with the rows of the given countries only.</summary>
internal static class CountryRows
{
    private static readonly string[] Lines =
        File.ReadAllText(Path.Combine(RepositoryPaths.Data, "countries.csv")).ReplaceLineEndings("\n").Split('\n');

    public static string Of(params string[] codes) =>
        string.Join('\n', [Lines[0], .. Lines.Skip(1).Where(l => codes.Any(c => l.StartsWith(c + ",", StringComparison.Ordinal)))]) + "\n";
}
