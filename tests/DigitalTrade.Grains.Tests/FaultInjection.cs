using System.Collections.Concurrent;

namespace DigitalTrade.Grains.Tests;

/// <summary>
/// A silo call filter that lets a test fail one call: once a member of a run whose id starts with <see cref="Prefix"/>
/// has closed the round named in the id (<c>fault-{round}-…</c>), the call answers a timeout, as a lost response
/// would. The member has moved on; the run must play the round again and end as if nothing happened.
/// </summary>
public sealed class FaultInjection : IIncomingGrainCallFilter
{
    public const string Prefix = "fault-";

    private static readonly ConcurrentDictionary<string, bool> Failed = new();

    /// <summary>How many calls the filter failed for a run.</summary>
    public static int FailuresOf(string runId) => Failed.Keys.Count(k => k.StartsWith(runId + "/", StringComparison.Ordinal));

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        await context.Invoke();
        var key = context.TargetId.Key.ToString() ?? "";
        if (context.InterfaceMethod?.Name == nameof(Contracts.IMemberStateGrain.CloseRound)
            && key.StartsWith(Prefix, StringComparison.Ordinal)
            && key.EndsWith("/KAZ", StringComparison.Ordinal)
            && context.Request.GetArgument(0) is int round
            && key.Split('-')[1] == round.ToString(System.Globalization.CultureInfo.InvariantCulture)
            && Failed.TryAdd(key, true))
        {
            throw new TimeoutException($"injected: the response of {key}.CloseRound({round}) was lost");
        }
    }
}
