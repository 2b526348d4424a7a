using BenchmarkDotNet.Attributes;
using DigitalTrade.Model.Metrics;
using DigitalTrade.Model.State;
using DigitalTrade.Model.Trade;
using DigitalTrade.Model.World;
using DigitalTrade.Scenarios;

namespace DigitalTrade.Benchmarks;

/// <summary>One simulator round's pure work for the 27 SCO countries and 3 sectors (target: under 2 ms).</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class SimulatorRoundBenchmarks
{
    private ScenarioDefinition _scenario = null!;
    private WorldGeometry _world = null!;
    private CountryState[] _states = null!;

    /// <summary>Loads the baseline scenario.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var loaded = ScenarioLoader.Load(Path.Combine(RepositoryPaths.Root, "scenarios", "sco-baseline.yaml"));
        _scenario = loaded.Scenario?.Definition ?? throw new InvalidOperationException(string.Join("\n", loaded.Issues));
        _world = WorldGeometry.Build(_scenario);
        _states = [.. _scenario.Countries.Select(c => CountryState.Initial(c, _world.Count, _scenario.Parameters))];
    }

    /// <summary>The trade phase (three equilibria) and the round's records.</summary>
    [Benchmark]
    public RoundReport TradeAndRecord()
    {
        var outcome = TradePhase.Solve(_world, _states, _scenario.Parameters);
        return Recorder.Record(1, _world, _states, outcome, [], _scenario.Parameters);
    }
}
