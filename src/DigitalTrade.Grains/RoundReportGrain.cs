using DigitalTrade.Contracts;
using DigitalTrade.Model.Metrics;

namespace DigitalTrade.Grains;

/// <summary>Keeps one round's report of one run in grain storage.</summary>
public sealed class RoundReportGrain(
    [PersistentState("report", StorageNames.Runs)] IPersistentState<RoundReportGrainState> state)
    : Grain, IRoundReportGrain
{
    /// <inheritdoc />
    public async Task Save(RoundReport report)
    {
        state.State.Report = report;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<RoundReport?> Get() => Task.FromResult(state.State.Report);
}

/// <summary>What a round-report grain persists.</summary>
public sealed class RoundReportGrainState
{
    /// <summary>The report, null until saved.</summary>
    public RoundReport? Report { get; set; }
}
