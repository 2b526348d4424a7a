using System.Text.Json;

namespace DigitalTrade.Scenarios.Tests;

/// <summary>
/// Compares model records as JSON: records holding immutable arrays compare those by reference, so two equal
/// definitions built apart are not Equal; their JSON is the same, and a failure shows both in full.
/// </summary>
internal static class ModelJson
{
    public static void Equal<T>(T expected, T actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(actual));

    public static void Equal<T>(IEnumerable<T> expected, IEnumerable<T> actual) =>
        Assert.Equal(expected.Select(e => JsonSerializer.Serialize(e)), actual.Select(a => JsonSerializer.Serialize(a)));
}
