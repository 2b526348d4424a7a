using System.Collections.Immutable;
using DigitalTrade.Contracts;
using Microsoft.Extensions.Options;

namespace DigitalTrade.Grains;

/// <summary>
/// Keeps the status of every run the cluster has seen, as of its last status change; runs that ended longer ago than
/// <see cref="RunRegistryOptions.Retention"/> are pruned.
/// </summary>
public sealed class RunRegistryGrain(
    [PersistentState("registry", StorageNames.Runs)] IPersistentState<RunRegistryGrainState> state,
    IOptions<RunRegistryOptions> options,
    TimeProvider clock)
    : Grain, IRunRegistryGrain
{
    /// <inheritdoc />
    public async Task Record(RunStatusReport status)
    {
        var runs = state.State.Runs;
        var index = runs.FindIndex(r => r.RunId == status.RunId);
        if (index >= 0)
        {
            runs[index] = status;
        }
        else
        {
            runs.Add(status);
        }

        Prune();
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public async Task<ImmutableArray<RunStatusReport>> List()
    {
        if (Prune() > 0)
        {
            await state.WriteStateAsync();
        }

        return [.. state.State.Runs];
    }

    /// <summary>Removes the runs that ended before the retention; answers how many.</summary>
    private int Prune()
    {
        var before = clock.GetUtcNow() - options.Value.Retention;
        return state.State.Runs.RemoveAll(r => r.Status.IsTerminal() && r.FinishedAt is { } finished && finished < before);
    }
}

/// <summary>How long the registry remembers finished runs (configuration section <c>Runs</c>).</summary>
public sealed class RunRegistryOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Runs";

    /// <summary>How long after it ended a run stays listed: 7 days by default.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);
}
