using System.Collections.Immutable;
using DigitalTrade.Contracts;
using DigitalTrade.Model.World;
using DigitalTrade.Server.Hosting;

namespace DigitalTrade.Server.Runs;

/// <summary>Starts runs within the active-run limit and finds runs the cluster knows, without activating unknown ones.</summary>
public sealed class RunService : IDisposable
{
    private readonly IGrainFactory _grains;
    private readonly ServerOptions _options;
    private readonly RunFollower _follower;

    // Counting active runs and starting one must not interleave, or two requests could both pass the limit.
    private readonly SemaphoreSlim _admission = new(1, 1);

    // The grain does not expose its scenario, so the countries each run was started with are kept here (for the
    // dashboard's map), for at most ServerOptions.RunCacheEntries runs, the least recently used going first.
    private readonly LruCache<CountryList> _countries;

    /// <summary>A service that remembers the countries of at most <see cref="ServerOptions.RunCacheEntries"/> runs.</summary>
    public RunService(IGrainFactory grains, ServerOptions options, RunFollower follower)
    {
        _grains = grains;
        _options = options;
        _follower = follower;
        _countries = new LruCache<CountryList>(options.RunCacheEntries);
    }

    private IRunRegistryGrain Registry => _grains.GetGrain<IRunRegistryGrain>(GrainKeys.Registry);

    /// <summary>
    /// Every run the registry knows, oldest first: the registry holds each run's last status change, so runs still
    /// going are asked for their progress.
    /// </summary>
    public async Task<ImmutableArray<RunStatusReport>> ListAsync(CancellationToken cancellationToken)
    {
        var runs = await Registry.List().WaitAsync(cancellationToken);
        var current = await Task.WhenAll(runs.Select(r => r.Status.IsTerminal()
            ? Task.FromResult(r)
            : _grains.GetGrain<ISimulationGrain>(r.RunId).GetStatus().WaitAsync(cancellationToken)));
        return [.. current];
    }

    /// <summary>Starts a run under a new id; null when <see cref="ServerOptions.MaxActiveRuns"/> runs are already active.</summary>
    public async Task<RunStatusReport?> StartAsync(ScenarioDefinition scenario, CancellationToken cancellationToken)
    {
        await _admission.WaitAsync(cancellationToken);
        try
        {
            var runs = await Registry.List().WaitAsync(cancellationToken);
            if (runs.Count(r => !r.Status.IsTerminal()) >= _options.MaxActiveRuns)
            {
                return null;
            }

            var runId = Guid.NewGuid().ToString("N");
            _countries.Set(runId, new CountryList(scenario.Countries), 1);

            // Not cancelled with the request: a run that starts is followed, whether or not its client still waits.
            var status = await _grains.GetGrain<ISimulationGrain>(runId).Start(scenario);
            _follower.Follow(runId);
            return status;
        }
        finally
        {
            _admission.Release();
        }
    }

    /// <summary>The run's grain when the registry knows the id, else null.</summary>
    public async Task<ISimulationGrain?> FindAsync(string runId, CancellationToken cancellationToken)
    {
        if (_countries.TryGet(runId, out _))
        {
            return _grains.GetGrain<ISimulationGrain>(runId); // started here: no registry call on the hot path
        }

        var runs = await Registry.List().WaitAsync(cancellationToken);
        return runs.Any(r => r.RunId == runId) ? _grains.GetGrain<ISimulationGrain>(runId) : null;
    }

    /// <summary>The countries of the scenario this server started the run with; empty when it did not start it (or has forgotten them).</summary>
    public ImmutableArray<CountryProfile> Countries(string runId) =>
        _countries.TryGet(runId, out var countries) ? countries.Countries : [];

    /// <inheritdoc />
    public void Dispose()
    {
        _admission.Dispose();
        _countries.Dispose();
    }

    private sealed record CountryList(ImmutableArray<CountryProfile> Countries);
}
