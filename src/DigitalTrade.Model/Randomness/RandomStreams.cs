namespace DigitalTrade.Model.Randomness;

/// <summary>The named random streams of the model, one per mechanism, so adding one never shifts another.</summary>
public static class RandomStreams
{
    /// <summary>Country growth shocks.</summary>
    public static readonly ulong Growth = CounterRng.Key("growth");

    /// <summary>Shocks to each state's policy score.</summary>
    public static readonly ulong Policy = CounterRng.Key("policy");

    /// <summary>Whether an exception justifies a covered increase.</summary>
    public static readonly ulong Exceptions = CounterRng.Key("exceptions");

    /// <summary>Whether a harmed state files a dispute.</summary>
    public static readonly ulong Filing = CounterRng.Key("filing");

    /// <summary>How each stage of a dispute ends.</summary>
    public static readonly ulong Disputes = CounterRng.Key("disputes");
}
