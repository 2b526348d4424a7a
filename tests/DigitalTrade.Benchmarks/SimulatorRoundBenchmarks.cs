using BenchmarkDotNet.Attributes;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Metrics;
using DigitalTrade.Model.World;
using DigitalTrade.Scenarios;

namespace DigitalTrade.Benchmarks;

/// <summary>
/// One simulator round's pure work for the 27 SCO countries and 3 sectors (target: under 2 ms): events,
/// policy, commitments, the latency network, the three equilibria, the records and growth, played from
/// the same state (round 5 of the Digital Silk Road scenario, after its cable is laid).
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class SimulatorRoundBenchmarks
{
    private RoundRunner _atRound5 = null!;

    /// <summary>Loads the Digital Silk Road scenario and plays rounds 0 to 4.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var loaded = ScenarioLoader.Load(Path.Combine(RepositoryPaths.Root, "scenarios", "sco-digital-silk-road.yaml"));
        ScenarioDefinition scenario = loaded.Scenario?.Definition ?? throw new InvalidOperationException(string.Join("\n", loaded.Issues));
        _atRound5 = new RoundRunner(scenario);
        for (var round = 0; round < 5; round++)
        {
            _atRound5.Play(round);
        }
    }

    /// <summary>A whole round, every phase.</summary>
    [Benchmark]
    public RoundReport Round() => _atRound5.Clone().Play(5);
}
