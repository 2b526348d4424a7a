using System.Collections.Immutable;
using DigitalTrade.Model.Calibration;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Tests.Calibration;

/// <summary>
/// A made-up world of three countries and the rest: A (large), B, and C, which under-reports its exports to
/// DOTS (28 of its 50 bn) and reports no exports to B; in 2024 C's merchandise exports exceed its exports
/// of goods and services less digital services, so its other services hit the floor. USD bn.
/// </summary>
internal static class MadeUpWorld
{
    public static readonly ImmutableArray<CountryProfile> Profiles =
    [
        Country("A", 40, 100, 1000),
        Country("B", 45, 80, 200),
        Country("C", 30, 60, 100),
        Country("D", 35, 70, 50), // a user's own country: no data at all
    ];

    public static GoodsMatrix Pattern2019 { get; } = new(
        2019,
        ["AAA", "BBB", "CCC", ObservedData.RestOfWorld],
        new double?[,]
        {
            { null, 20, 10, 300 },
            { 25, null, 5, 40 },
            { 5, null, null, 23 },
            { 250, 30, 20, 5000 },
        },
        new bool[,] { { false, false, false, false }, { false, false, false, false }, { true, false, false, false }, { false, false, false, false } });

    public static ObservedData Data { get; } = new(
        [Pattern2019],
        Series(("AAA", 2019, 1000), ("BBB", 2019, 200), ("CCC", 2019, 100), ("AAA", 2024, 1300), ("BBB", 2024, 260), ("CCC", 2024, 130)),
        Series(("AAA", 2019, 380), ("BBB", 2019, 85), ("CCC", 2019, 55), ("AAA", 2024, 520), ("BBB", 2024, 110), ("CCC", 2024, 62)),
        Series(("AAA", 2019, 330), ("BBB", 2019, 70), ("CCC", 2019, 60), ("AAA", 2024, 480), ("BBB", 2024, 100), ("CCC", 2024, 70)),
        Series(("AAA", 2019, 330), ("BBB", 2019, 70), ("CCC", 2019, 50), ("AAA", 2024, 450), ("BBB", 2024, 90), ("CCC", 2024, 60)),
        Series(("AAA", 2019, 296.8), ("BBB", 2019, 63.6), ("CCC", 2019, 53), ("AAA", 2024, 400), ("BBB", 2024, 80), ("CCC", 2024, 50)),
        Series(("AAA", 2019, 20), ("BBB", 2019, 6), ("CCC", 2019, 3), ("AAA", 2023, 30), ("BBB", 2023, 8), ("CCC", 2022, 4), ("WLD", 2019, 3000), ("WLD", 2023, 4000)),
        Series(("AAA", 2019, 18), ("BBB", 2019, 5), ("CCC", 2019, 2), ("AAA", 2023, 25), ("BBB", 2023, 6), ("CCC", 2022, 3), ("WLD", 2019, 2800), ("WLD", 2023, 3500)),
        new WorldTotals(
            ImmutableSortedDictionary.CreateRange(new Dictionary<int, double> { [2019] = 80_000, [2024] = 100_000 }),
            ImmutableSortedDictionary.CreateRange(new Dictionary<int, double> { [2024] = 20_000 }),
            ImmutableSortedDictionary.CreateRange(new Dictionary<int, double> { [2023] = 7_000 })));

    public static ImmutableArray<string> Countries { get; } = ["AAA", "BBB", "CCC"];

    private static CountryProfile Country(string letter, double lat, double lon, double gdp) =>
        new(new string(letter[0], 3), letter, "member", gdp, 10, lat, lon, null, null, false);

    private static YearSeries Series(params (string Code, int Year, double Value)[] entries) => new(entries);
}
