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
}
