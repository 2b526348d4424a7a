namespace DigitalTrade.Model.Estimation;

/// <summary>
/// Scratch vectors of one demeaning by <see cref="AlternatingProjections"/> (four per observation,
/// four per group), kept across IRLS iterations so that the inner loop allocates nothing.
/// </summary>
internal sealed class ProjectionWorkspace(FixedEffectLayout layout)
{
    public double[] Swept { get; } = new double[layout.Observations];

    public double[] Residual { get; } = new double[layout.Observations];

    public double[] Direction { get; } = new double[layout.Observations];

    public double[] Image { get; } = new double[layout.Observations];

    public double[][] Means { get; } = layout.NewEffects();

    public double[][] ImageEffects { get; } = layout.NewEffects();

    public double[][] ResidualEffects { get; } = layout.NewEffects();

    public double[][] DirectionEffects { get; } = layout.NewEffects();
}
