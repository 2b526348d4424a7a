namespace DigitalTrade.Model.Estimation;

/// <summary>
/// Recovered effects of one fixed-effect dimension, on the log scale, indexed by the caller's group id.
/// A group none of whose observations was kept has no estimate: <see cref="Present"/> is false and its
/// value is 0 (never NaN).
/// </summary>
/// <param name="Name">Name of the dimension.</param>
/// <param name="Values">Effect of each group (log scale); reference groups are exactly 0.</param>
/// <param name="Present">Whether each group has kept observations and so an estimate.</param>
public sealed record FixedEffectEstimates(string Name, double[] Values, bool[] Present);
