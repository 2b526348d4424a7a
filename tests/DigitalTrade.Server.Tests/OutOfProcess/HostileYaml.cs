using System.Text;

namespace DigitalTrade.Server.Tests.OutOfProcess;

/// <summary>Submissions meant to cost the server time or memory: each must be refused quickly and cheaply.</summary>
internal static class HostileYaml
{
    /// <summary>"Billion laughs": nine levels of nine aliases each, 9⁹ (387 million) strings once expanded, from under 400 bytes.</summary>
    public static string AliasBomb { get; } = BuildAliasBomb();

    /// <summary>100,000 flow sequences nested in each other, well-formed: <c>[[[…]]]</c>, about 200 KB.</summary>
    public static string DeeplyNested { get; } = new string('[', 100_000) + new string(']', 100_000);

    /// <summary>A valid scenario followed by a 2 MiB comment: twice the body limit.</summary>
    public static string OversizedBody { get; } = ServerFixture.ShocksYaml + "\n# " + new string('x', 2 * 1024 * 1024) + "\n";

    /// <summary>A valid scenario whose name is a 2 MiB string.</summary>
    public static string TwoMegabyteName { get; } =
        ServerFixture.ShocksYaml.Replace("name: example-shocks", $"name: \"{new string('x', 2 * 1024 * 1024)}\"", StringComparison.Ordinal);

    private static string BuildAliasBomb()
    {
        var text = new StringBuilder($"a: &a [{string.Join(',', Enumerable.Repeat("\"lol\"", 9))}]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            text.Append($"{level}: &{level} [{string.Join(',', Enumerable.Repeat($"*{(char)(level - 1)}", 9))}]\n");
        }

        return text.ToString();
    }
}
