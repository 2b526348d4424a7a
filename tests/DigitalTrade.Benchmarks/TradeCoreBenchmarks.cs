using BenchmarkDotNet.Attributes;
using DigitalTrade.Model.Equilibrium;
using DigitalTrade.Model.Estimation;
using DigitalTrade.Model.Experiments;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Trade;
using DigitalTrade.Scenarios.Experiments;

namespace DigitalTrade.Benchmarks;

/// <summary>
/// The trade core's targets (trade-core issue): three-way-FE PPML on the AGTPA panel under 0.5 s,
/// the conditional equilibrium of 69 countries under 0.5 ms, the exact full-endowment equilibrium
/// of 69 countries under 2 ms.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class TradeCoreBenchmarks
{
    private static readonly SolverParameters Balancing = new() { Tolerance = 1e-13, MaxIterations = 100_000 };

    private PpmlProblem _threeWay = null!;
    private double[,] _baselineFlows = null!;
    private double[,] _baselineCost = null!;
    private double[,] _costChange = null!;
    private double[] _output = null!;
    private double[] _expenditure = null!;
    private int _reference;

    /// <summary>Loads the shipped experiments and prepares each solver's input once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var nafta = Load("agtpa-nafta.yaml");
        var index = new PanelIndex(nafta.Panel);
        var spec = nafta.Experiment.Estimation;
        _threeWay = EstimationDesign.Problem(nafta.Panel, EstimationDesign.Sample(nafta.Panel, spec), spec, "DEU", index);

        var borders = Load("agtpa-borders.yaml");
        var result = GeExperimentRunner.Run(borders.Experiment, borders.Panel);
        var n = (int)Math.Sqrt(result.Pairs.Length);
        _baselineFlows = new double[n, n];
        _baselineCost = new double[n, n];
        _costChange = new double[n, n];
        for (var p = 0; p < result.Pairs.Length; p++)
        {
            var pair = result.Pairs[p];
            _baselineFlows[p / n, p % n] = pair.BaselineFlow;
            _baselineCost[p / n, p % n] = pair.CostBaseline;
            _costChange[p / n, p % n] = pair.CostCounterfactual / pair.CostBaseline;
        }

        _output = [.. Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Sum(j => _baselineFlows[i, j]))];
        _expenditure = [.. Enumerable.Range(0, n).Select(j => Enumerable.Range(0, n).Sum(i => _baselineFlows[i, j]))];
        _reference = result.Countries.Select(c => c.Country).ToList().IndexOf("DEU");
    }

    /// <summary>PPML with exporter×year, importer×year and pair effects on 28,566 observations.</summary>
    [Benchmark]
    public PpmlResult PpmlThreeWayFixedEffects() => Ppml.Fit(_threeWay);

    /// <summary>The conditional equilibrium (RAS) of 69 countries.</summary>
    [Benchmark]
    public SectorEquilibrium ConditionalEquilibrium69() =>
        ConditionalEquilibrium.Solve(_baselineCost, _output, _expenditure, _reference, Balancing);

    /// <summary>The exact full-endowment equilibrium of 69 countries (trade without borders).</summary>
    [Benchmark]
    public FullEndowmentResult ExactFullEndowment69() =>
        FullEndowmentEquilibrium.Solve(_baselineFlows, _costChange, 7.0, _reference);

    private static LoadedGeExperiment Load(string file)
    {
        var result = GeExperimentLoader.Load(Path.Combine(RepositoryPaths.Root, "scenarios", "ge", file));
        return result.Experiment ?? throw new InvalidOperationException(string.Join("\n", result.Issues));
    }
}
