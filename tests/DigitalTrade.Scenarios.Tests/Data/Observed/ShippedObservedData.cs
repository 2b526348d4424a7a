using System.Collections.Immutable;
using DigitalTrade.Model.Calibration;
using DigitalTrade.Model.World;
using DigitalTrade.Scenarios.Data;
using DigitalTrade.Scenarios.Data.Observed;

namespace DigitalTrade.Scenarios.Tests.Data.Observed;

/// <summary>The shipped observed data (scenarios/data/observed) and the 27 countries' profiles, read once.</summary>
internal static class ShippedObservedData
{
    public const string DisplayFolder = "data/observed";

    private static readonly Lazy<ObservedData> LazyData = new(() => Read(Folder));

    private static readonly Lazy<ImmutableArray<CountryProfile>> LazyCountries = new(ReadCountries);

    private static readonly Lazy<ImmutableArray<RecentPairFigure>> LazyHoldOut = new(() =>
    {
        var issues = new List<ScenarioIssue>();
        var figures = ObservedDataReader.ReadHoldOut(Folder, DisplayFolder, issues);
        Assert.True(issues.Count == 0, string.Join('\n', issues));
        return figures!.Value;
    });

    public static string Folder => Path.Combine(RepositoryPaths.Data, "observed");

    public static ObservedData Data => LazyData.Value;

    public static ImmutableArray<CountryProfile> Countries => LazyCountries.Value;

    public static ImmutableArray<string> Codes => [.. Countries.Select(c => c.Iso3).Order(StringComparer.Ordinal)];

    public static ImmutableArray<RecentPairFigure> HoldOut => LazyHoldOut.Value;

    public static ObservedData Read(string folder)
    {
        var issues = new List<ScenarioIssue>();
        var data = ObservedDataReader.Read(folder, DisplayFolder, issues);
        Assert.True(issues.Count == 0, string.Join('\n', issues));
        return data!;
    }

    public static ObservedBaseline Baseline(int year, IReadOnlyList<string>? regions = null, ObservedData? data = null) =>
        ObservedCalibration.Build(data ?? Data, Countries, regions ?? Codes, new ObservedBaselineOptions { BaselineYear = year });

    private static ImmutableArray<CountryProfile> ReadCountries()
    {
        var issues = new List<ScenarioIssue>();
        var path = Path.Combine(RepositoryPaths.Data, "countries.csv");
        var countries = CountryDataReader.Read(path, "data/countries.csv", new SourcePosition("test", 1, 1), issues);
        Assert.True(issues.Count == 0, string.Join('\n', issues));
        return countries!.Countries;
    }
}
