namespace DigitalTrade.Model.Randomness;

/// <summary>
/// A counter-based random number generator: every draw is a pure function of
/// (seed, stream, round, entity, draw), so results never depend on call order, grain
/// placement or which engine asks (DESIGN §4). The key is mixed with the SplitMix64 finaliser
/// (Steele, Lea and Flood 2014), applied once per key component.
/// </summary>
public static class CounterRng
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private const ulong Golden2 = unchecked(2 * Golden);
    private const ulong Golden3 = unchecked(3 * Golden);
    private const ulong Golden4 = unchecked(4 * Golden);
    private const ulong Golden5 = unchecked(5 * Golden);

    /// <summary>64 random bits for the key.</summary>
    public static ulong Bits(ulong seed, ulong stream, ulong round, ulong entity, ulong draw = 0)
    {
        var x = Mix(unchecked(seed + Golden));
        x = Mix(x ^ (stream + Golden2));
        x = Mix(x ^ (round + Golden3));
        x = Mix(x ^ (entity + Golden4));
        return Mix(x ^ (draw + Golden5));
    }

    /// <summary>
    /// A uniform number in (0, 1): the centre of one of 2^52 equal cells, so never exactly 0 or 1
    /// (with 53 bits, (2^53 − 1) + 0.5 would round up to 2^53 and give 1).
    /// </summary>
    public static double Uniform(ulong seed, ulong stream, ulong round, ulong entity, ulong draw = 0) =>
        ((Bits(seed, stream, round, entity, draw) >> 12) + 0.5) / 4503599627370496.0;

    /// <summary>A standard normal number (Box–Muller on draws 2·draw and 2·draw + 1).</summary>
    public static double Normal(ulong seed, ulong stream, ulong round, ulong entity, ulong draw = 0)
    {
        var u1 = Uniform(seed, stream, round, entity, 2 * draw);
        var u2 = Uniform(seed, stream, round, entity, (2 * draw) + 1);
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>
    /// A stable 64-bit key for a name (FNV-1a over UTF-16 code units): streams and entities are
    /// named, and string.GetHashCode is randomised per process.
    /// </summary>
    public static ulong Key(string name)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in name)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }

        return hash;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
