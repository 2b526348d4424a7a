namespace DigitalTrade.Contracts;

/// <summary>Bounds the simulation grain keeps so that no call it answers approaches Orleans' call timeout.</summary>
public static class SimulationLimits
{
    /// <summary>
    /// The longest a long poll (<see cref="ISimulationGrain.WaitForProgress"/>) waits: 20 s, well below the 30 s
    /// default response timeout of a grain call, so a poll answers with the status instead of timing out.
    /// </summary>
    public static TimeSpan LongPoll { get; } = TimeSpan.FromSeconds(20);
}
