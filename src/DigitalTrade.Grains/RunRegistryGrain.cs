using System.Collections.Immutable;
using DigitalTrade.Contracts;

namespace DigitalTrade.Grains;

/// <summary>Keeps the latest status of every run the cluster has seen.</summary>
public sealed class RunRegistryGrain(
    [PersistentState("registry", StorageNames.Runs)] IPersistentState<RunRegistryGrainState> state)
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

        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<ImmutableArray<RunStatusReport>> List() => Task.FromResult(state.State.Runs.ToImmutableArray());
}
