using System.Collections.Immutable;
using DigitalTrade.Model.Events;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.State;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Tests;

/// <summary>Small scenarios built in code: the model is pure, so tests never read files.</summary>
internal static class TestWorld
{
    /// <summary>A country with the given GDP (USD bn) and capital coordinates.</summary>
    public static CountryProfile Country(string iso3, double gdpUsdBn, double latitude, double longitude, double populationM = 10.0) =>
        new(iso3, iso3, "member", gdpUsdBn, populationM, latitude, longitude, null, null, false);

    /// <summary>China and four neighbours with real capitals and round GDPs, in canonical order.</summary>
    public static ImmutableArray<CountryProfile> CentralAsia { get; } =
    [
        Country("CHN", 17_800.0, 39.91667, 116.4333, 1_410.0),
        Country("KAZ", 260.0, 51.1694, 71.4491, 20.0),
        Country("KGZ", 12.0, 42.8746, 74.5698, 7.0),
        Country("RUS", 2_000.0, 55.75, 37.7, 144.0),
        Country("UZB", 90.0, 41.2995, 69.2401, 36.0),
    ];

    /// <summary>Contiguity and common official language among <see cref="CentralAsia"/> (Russian in KAZ, KGZ, RUS).</summary>
    public static ImmutableArray<PairProfile> CentralAsiaPairs { get; } =
    [
        new("CHN", "KAZ", true, false),
        new("CHN", "KGZ", true, false),
        new("CHN", "RUS", true, false),
        new("KAZ", "KGZ", true, true),
        new("KAZ", "RUS", true, true),
        new("KAZ", "UZB", true, false),
        new("KGZ", "RUS", false, true),
        new("KGZ", "UZB", true, false),
    ];

    /// <summary>A scenario over the given countries (sorted into canonical order).</summary>
    public static ScenarioDefinition Scenario(
        IEnumerable<CountryProfile> countries,
        ModelParameters? parameters = null,
        int rounds = 0,
        ulong seed = 20_250_101,
        int roundDays = 91,
        IEnumerable<ScenarioEvent>? events = null,
        IEnumerable<PairProfile>? pairs = null) =>
        new(
            "test",
            "built in code",
            seed,
            rounds,
            roundDays,
            [.. countries.OrderBy(c => c.Iso3, StringComparer.Ordinal)],
            [.. pairs ?? []],
            parameters ?? new ModelParameters(),
            [.. events ?? []]);

    /// <summary>The <see cref="CentralAsia"/> world with its pairs.</summary>
    public static ScenarioDefinition CentralAsiaScenario(
        ModelParameters? parameters = null, int rounds = 0, ulong seed = 20_250_101, IEnumerable<ScenarioEvent>? events = null) =>
        Scenario(CentralAsia, parameters, rounds, seed, 91, events, CentralAsiaPairs);

    /// <summary>Round-0 states of every country of a scenario, in canonical order.</summary>
    public static CountryState[] InitialStates(ScenarioDefinition scenario) =>
        [.. scenario.Countries.Select(c => CountryState.Initial(c, scenario.Countries.Length, scenario.Parameters))];

    /// <summary>Parameters without growth, so that rounds differ only by events.</summary>
    public static ModelParameters NoGrowth { get; } = new()
    {
        Growth = new GrowthParameters { AnnualRate = 0.0, ShockSdAnnual = 0.0 },
    };

    /// <summary>
    /// Default parameters with the behavioural feedbacks off (no policy behaviour, no income feedback), so
    /// that a test of growth or events sees only them.
    /// </summary>
    public static ModelParameters Mechanical { get; } = new()
    {
        Growth = new GrowthParameters { IncomeFeedback = 0.0 },
        Policy = new PolicyParameters { ShockSd = 0.0, PressureWeight = 0.0, ReciprocityWeight = 0.0 },
    };

    /// <summary>A trade-cost change from exporters into importers (null = every country).</summary>
    public static TradeCostChange CostChange(int round, double factor, string[]? importers = null, string[]? exporters = null, Sector[]? sectors = null) =>
        new(round, [.. importers ?? []], [.. exporters ?? []], [.. sectors ?? []], factor);

    /// <summary>Same shape and bit-identical elements.</summary>
    public static void AssertSameMatrix(double[,] expected, double[,] actual, string what)
    {
        Assert.Equal(expected.GetLength(0), actual.GetLength(0));
        Assert.Equal(expected.GetLength(1), actual.GetLength(1));
        for (var i = 0; i < expected.GetLength(0); i++)
        {
            for (var j = 0; j < expected.GetLength(1); j++)
            {
                Assert.True(
                    BitConverter.DoubleToInt64Bits(expected[i, j]) == BitConverter.DoubleToInt64Bits(actual[i, j]),
                    $"{what}[{i},{j}]: expected {expected[i, j]:R}, got {actual[i, j]:R}");
            }
        }
    }

    /// <summary>|actual/expected − 1| ≤ tolerance, with a message naming what was compared.</summary>
    public static void AssertRelative(double expected, double actual, double tolerance, string what = "value")
    {
        var gap = expected == 0.0 ? Math.Abs(actual) : Math.Abs((actual / expected) - 1.0);
        Assert.True(gap <= tolerance, $"{what}: expected {expected:R}, got {actual:R} (relative gap {gap:G3} > {tolerance:G3})");
    }
}
