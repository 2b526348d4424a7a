using DigitalTrade.Model.Randomness;

namespace DigitalTrade.Model.Tests;

/// <summary>
/// The counter-based generator. Statistical checks use fixed keys, so they are deterministic:
/// they can never be flaky, and their bounds only need to catch a broken mixer.
/// </summary>
public sealed class CounterRngTests
{
    private const int Draws = 100_000;
    private static readonly ulong TestStream = CounterRng.Key("test");

    [Fact]
    public void The_same_key_gives_the_same_bits() =>
        Assert.Equal(CounterRng.Bits(7, 11, 13, 17, 19), CounterRng.Bits(7, 11, 13, 17, 19));

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Changing_any_one_key_component_changes_the_bits(int component)
    {
        ulong[] key = [7, 11, 13, 17, 19];
        var changed = (ulong[])key.Clone();
        changed[component]++;

        Assert.NotEqual(
            CounterRng.Bits(key[0], key[1], key[2], key[3], key[4]),
            CounterRng.Bits(changed[0], changed[1], changed[2], changed[3], changed[4]));
    }

    [Fact]
    public void Key_components_are_not_interchangeable()
    {
        // A mixer that combined the components symmetrically would make these equal.
        Assert.NotEqual(CounterRng.Bits(1, 2, 3, 4, 5), CounterRng.Bits(2, 1, 3, 4, 5));
        Assert.NotEqual(CounterRng.Bits(1, 2, 3, 4, 5), CounterRng.Bits(1, 2, 3, 5, 4));
    }

    [Fact]
    public void Uniform_draws_lie_strictly_between_zero_and_one_with_mean_one_half()
    {
        var draws = Enumerable.Range(0, Draws).Select(e => CounterRng.Uniform(42, TestStream, 0, (ulong)e)).ToArray();

        Assert.All(draws, u => Assert.True(u > 0.0 && u < 1.0, $"{u:R} is outside (0, 1)"));
        // Standard error of the mean is √(1/12 / 1e5) ≈ 0.0009; 0.005 is over five of them.
        Assert.InRange(draws.Average(), 0.495, 0.505);
    }

    [Fact]
    public void Uniform_is_above_zero_when_every_bit_is_clear()
    {
        // Draw found by inverting SplitMix64's finaliser so that Bits(1, 2, 3, 4, draw) == 0.
        const ulong allClear = 3874306791841793254UL;

        Assert.Equal(0UL, CounterRng.Bits(1, 2, 3, 4, allClear));
        Assert.Equal(0.5 / 4503599627370496.0, CounterRng.Uniform(1, 2, 3, 4, allClear));
    }

    [Fact]
    public void Uniform_is_below_one_when_every_bit_is_set()
    {
        // Draw found by inverting SplitMix64's finaliser so that Bits(1, 2, 3, 4, draw) == 2^64 − 1.
        // With 53 bits, (2^53 − 1) + 0.5 is not a double and rounds up to 2^53, giving exactly 1.0;
        // Uniform therefore uses 52 bits.
        const ulong allSet = 7795249441715679270UL;

        Assert.Equal(ulong.MaxValue, CounterRng.Bits(1, 2, 3, 4, allSet));
        Assert.True(CounterRng.Uniform(1, 2, 3, 4, allSet) < 1.0, $"Uniform = {CounterRng.Uniform(1, 2, 3, 4, allSet):R}");
    }

    [Fact]
    public void Uniform_draws_pass_a_chi_square_test_over_ten_bins()
    {
        var counts = new int[10];
        for (var e = 0; e < Draws; e++)
        {
            counts[(int)(CounterRng.Uniform(42, TestStream, 3, (ulong)e, 1) * 10)]++;
        }

        // 9 degrees of freedom: P(χ² > 27.9) = 0.001; 40 catches any real bias without ever flaking.
        const double expected = Draws / 10.0;
        var chiSquare = counts.Sum(c => (c - expected) * (c - expected) / expected);
        Assert.True(chiSquare < 40.0, $"χ² = {chiSquare:F2} over bins [{string.Join(", ", counts)}]");
    }

    [Fact]
    public void Normal_draws_have_mean_zero_and_variance_one()
    {
        var draws = Enumerable.Range(0, Draws).Select(e => CounterRng.Normal(9, TestStream, 5, (ulong)e)).ToArray();
        var mean = draws.Average();
        var variance = draws.Sum(z => (z - mean) * (z - mean)) / (Draws - 1);

        // Standard errors: 0.0032 for the mean and 0.0045 for the variance; 0.02 is over four.
        Assert.InRange(mean, -0.02, 0.02);
        Assert.InRange(variance, 0.98, 1.02);
    }

    [Fact]
    public void Normal_is_Box_Muller_on_the_uniform_draws_two_d_and_two_d_plus_one()
    {
        var u1 = CounterRng.Uniform(1, 2, 3, 4, 6);
        var u2 = CounterRng.Uniform(1, 2, 3, 4, 7);

        Assert.Equal(Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2), CounterRng.Normal(1, 2, 3, 4, 3));
    }

    [Fact]
    public void Key_of_growth_is_the_FNV_1a_hash_of_its_UTF16_code_units()
    {
        // FNV-1a 64: h = 14695981039346656037; for each code unit c: h = (h ^ c) · 1099511628211 mod 2^64.
        // Over 'g','r','o','w','t','h' (0x67 0x72 0x6F 0x77 0x74 0x68) that is 0x7272E423A0133166.
        Assert.Equal(0x7272E423A0133166UL, CounterRng.Key("growth"));
        Assert.Equal(CounterRng.Key("growth"), RandomStreams.Growth);
    }

    [Fact]
    public void Key_of_the_empty_name_is_the_FNV_offset_basis() =>
        Assert.Equal(14695981039346656037UL, CounterRng.Key(""));
}
