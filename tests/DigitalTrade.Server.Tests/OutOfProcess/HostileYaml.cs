namespace DigitalTrade.Server.Tests.OutOfProcess;

/// <summary>
/// Submissions meant to cost the server time or memory: each must be refused quickly and cheaply. The alias
/// bomb and the deep nesting are the same documents the CLI's and the parser's tests refuse (<see cref="HostileDocuments"/>).
/// </summary>
internal static class HostileYaml
{
    /// <summary>"Billion laughs": nine levels of nine aliases each, 9⁹ (387 million) strings once expanded, from under 400 bytes.</summary>
    public static string AliasBomb => HostileDocuments.AliasBomb;

    /// <summary>Lists nested 100,000 deep, well-formed, about 200 KB.</summary>
    public static string DeeplyNested => HostileDocuments.DeepNesting;

    /// <summary>A valid scenario followed by a 2 MiB comment: twice the body limit.</summary>
    public static string OversizedBody { get; } = ServerFixture.ShocksYaml + "\n# " + new string('x', 2 * 1024 * 1024) + "\n";

    /// <summary>A valid scenario whose name is a 2 MiB string.</summary>
    public static string TwoMegabyteName { get; } = HostileDocuments.TwoMebibyteName(ServerFixture.ShocksYaml);
}
