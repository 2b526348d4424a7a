using System.Collections.Concurrent;
using System.Collections.Immutable;
using DigitalTrade.Contracts;
using DigitalTrade.Model.World;
using DigitalTrade.Server.Hosting;

namespace DigitalTrade.Server.Runs;

/// <summary>Starts runs within the active-run limit and finds runs the cluster knows, without activating unknown ones.</summary>
public sealed class RunService(IGrainFactory grains, ServerOptions options, RunFollower follower) : IDisposable
{
    // Counting active runs and starting one must not interleave, or two requests could both pass the limit.
    private readonly SemaphoreSlim _admission = new(1, 1);

    // The grain does not expose its scenario, so the countries each run was started with are kept here (for the dashboard's map).
    private readonly ConcurrentDictionary<string, ImmutableArray<CountryProfile>> _countries = new(StringComparer.Ordinal);

    private IRunRegistryGrain Registry => grains.GetGrain<IRunRegistryGrain>(GrainKeys.Registry);

    /// <summary>Every run the registry knows, oldest first.</summary>
    public Task<ImmutableArray<RunStatusReport>> ListAsync() => Registry.List();

    /// <summary>Starts a run under a new id; null when <see cref="ServerOptions.MaxActiveRuns"/> runs are already active.</summary>
    public async Task<RunStatusReport?> StartAsync(ScenarioDefinition scenario, CancellationToken cancellationToken)
    {
        await _admission.WaitAsync(cancellationToken);
        try
        {
            var runs = await Registry.List();
            if (runs.Count(r => !r.Status.IsTerminal()) >= options.MaxActiveRuns)
            {
                return null;
            }

            var runId = Guid.NewGuid().ToString("N");
            _countries[runId] = scenario.Countries;
            var status = await grains.GetGrain<ISimulationGrain>(runId).Start(scenario);
            follower.Follow(runId);
            return status;
        }
        finally
        {
            _admission.Release();
        }
    }

    /// <summary>The run's grain when the registry knows the id, else null.</summary>
    public async Task<ISimulationGrain?> FindAsync(string runId)
    {
        if (_countries.ContainsKey(runId))
        {
            return grains.GetGrain<ISimulationGrain>(runId); // started here: no registry call on the hot path
        }

        var runs = await Registry.List();
        return runs.Any(r => r.RunId == runId) ? grains.GetGrain<ISimulationGrain>(runId) : null;
    }

    /// <summary>The countries of the scenario this server started the run with; empty when it did not start it.</summary>
    public ImmutableArray<CountryProfile> Countries(string runId) =>
        _countries.TryGetValue(runId, out var countries) ? countries : [];

    /// <inheritdoc />
    public void Dispose() => _admission.Dispose();
}
