namespace DigitalTrade.Model.Randomness;

/// <summary>The named random streams of the model, one per mechanism, so adding one never shifts another.</summary>
public static class RandomStreams
{
    /// <summary>Country growth shocks.</summary>
    public static readonly ulong Growth = CounterRng.Key("growth");
}
