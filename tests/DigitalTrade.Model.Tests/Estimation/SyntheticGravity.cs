using DigitalTrade.Model.Estimation;

namespace DigitalTrade.Model.Tests.Estimation;

/// <summary>
/// A seeded N×N gravity data set with known parameters: μ_ij = exp(offset + a_i + b_j + β·x_ij),
/// covariates ln distance and a border dummy, flows μ times mean-one lognormal noise, some set to
/// zero (and the rest scaled so that the mean stays μ).
/// </summary>
internal sealed class SyntheticGravity
{
    public static readonly double[] TrueBeta = [-0.9, -1.5];

    public SyntheticGravity(int countries, int seed, double noise = 0.3, double zeroShare = 0.1, bool offset = false)
    {
        var random = new Random(seed);
        var n = countries * countries;
        Exporter = new int[n];
        Importer = new int[n];
        Pair = new int[n];
        LnDistance = new double[n];
        Border = new double[n];
        Mu = new double[n];
        Flows = new double[n];
        Offset = offset ? new double[n] : null;
        ExporterEffect = [.. Enumerable.Range(0, countries).Select(_ => 5.0 + (3.0 * random.NextDouble()))];
        ImporterEffect = [.. Enumerable.Range(0, countries).Select(_ => 2.0 * random.NextDouble())];
        ImporterEffect[0] = 0.0;
        var x = new double[countries];
        var y = new double[countries];
        for (var c = 0; c < countries; c++)
        {
            x[c] = random.NextDouble() * 40.0;
            y[c] = random.NextDouble() * 40.0;
        }

        for (var i = 0; i < countries; i++)
        {
            for (var j = 0; j < countries; j++)
            {
                var o = (i * countries) + j;
                Exporter[o] = i;
                Importer[o] = j;
                Pair[o] = (Math.Min(i, j) * countries) + Math.Max(i, j);
                LnDistance[o] = Math.Log(1.0 + Math.Sqrt(Math.Pow(x[i] - x[j], 2) + Math.Pow(y[i] - y[j], 2)));
                Border[o] = i == j ? 0.0 : 1.0;
                var off = offset ? 0.5 * random.NextDouble() : 0.0;
                if (Offset is not null)
                {
                    Offset[o] = off;
                }

                Mu[o] = Math.Exp(off + ExporterEffect[i] + ImporterEffect[j] + (TrueBeta[0] * LnDistance[o]) + (TrueBeta[1] * Border[o]));
                var normal = Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
                var zero = random.NextDouble() < zeroShare;
                Flows[o] = zero ? 0.0 : Mu[o] * Math.Exp((noise * normal) - (noise * noise / 2.0)) / (1.0 - zeroShare);
            }
        }
    }

    public int[] Exporter { get; }

    public int[] Importer { get; }

    public int[] Pair { get; }

    public double[] LnDistance { get; }

    public double[] Border { get; }

    public double[] Mu { get; }

    public double[] Flows { get; }

    public double[]? Offset { get; }

    public double[] ExporterEffect { get; }

    public double[] ImporterEffect { get; }

    /// <summary>Exporter and importer effects (importer 0 the reference), ln distance and border.</summary>
    public PpmlProblem Problem(double[]? flows = null, int[]? clusters = null) => new(
        flows ?? Flows,
        ["ln_distance", "border"],
        [LnDistance, Border],
        Offset,
        [new FixedEffect("exporter", Exporter), new FixedEffect("importer", Importer, 0)],
        clusters);
}
