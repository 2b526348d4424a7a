namespace DigitalTrade.Server.Tests.OutOfProcess;

/// <summary>The tests that start the server as a child process: one at a time, alone, since they time its answers.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServerProcessCollection
{
    public const string Name = "server process";
}
