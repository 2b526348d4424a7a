using DigitalTrade.Contracts;

namespace DigitalTrade.Grains;

/// <summary>The registry's persisted list of runs, in the order they were first seen.</summary>
public sealed class RunRegistryGrainState
{
    /// <summary>Latest status per run, oldest run first.</summary>
    public List<RunStatusReport> Runs { get; set; } = [];
}
