using DigitalTrade.Scenarios.Yaml;

namespace DigitalTrade.Scenarios.Tests;

public class ScalarResolutionTests
{
    [Theory]
    [InlineData("8", "8")]
    [InlineData("-3", "-3")]
    [InlineData("0x10", "16")]
    [InlineData("0o17", "15")]
    [InlineData("1.0e-12", "1E-12")]
    [InlineData("0.25", "0.25")]
    [InlineData(".5", "0.5")]
    [InlineData("true", "true")]
    [InlineData("FALSE", "false")]
    [InlineData("~", "null")]
    [InlineData("", "null")]
    [InlineData("NO", "\"NO\"")]
    [InlineData("yes", "\"yes\"")]
    [InlineData("1_000", "\"1_000\"")]
    [InlineData("CHN", "\"CHN\"")]
    public void Plain_scalars_resolve_with_the_yaml_1_2_core_schema(string text, string json)
    {
        var value = ScalarResolver.ResolvePlain(text, out var notFinite);

        Assert.False(notFinite);
        Assert.Equal(json, value?.ToJsonString() ?? "null");
    }

    [Theory]
    [InlineData(".nan")]
    [InlineData(".NaN")]
    [InlineData(".inf")]
    [InlineData("+.INF")]
    [InlineData("-.inf")]
    [InlineData("1e999")]
    public void Non_finite_numbers_are_flagged(string text)
    {
        Assert.Null(ScalarResolver.ResolvePlain(text, out var notFinite));
        Assert.True(notFinite);
    }

    [Fact]
    public void Yaml_1_1_booleans_stay_strings()
    {
        using var scenario = new TempScenario(TempScenario.ValidHeader.Replace("name: test", "name: yes", StringComparison.Ordinal));

        var result = scenario.Load();

        Assert.True(result.IsValid, string.Join('\n', result.Issues));
        Assert.Equal("yes", result.Scenario!.Definition.Name);
    }

    [Fact]
    public void A_whole_number_written_as_a_float_is_an_integer()
    {
        using var scenario = new TempScenario(TempScenario.ValidHeader.Replace("rounds: 8", "rounds: 8.0", StringComparison.Ordinal));

        var result = scenario.Load();

        Assert.True(result.IsValid, string.Join('\n', result.Issues));
        Assert.Equal(8, result.Scenario!.Definition.Rounds);
    }
}
