using System.Numerics;
using System.Runtime.CompilerServices;

namespace DigitalTrade.Model.Equilibrium;

/// <summary>The two inner loops of the hat-algebra solver, vectorised where the hardware allows.</summary>
internal static class Kernels
{
    /// <summary>target[j] += scale · source[offset + j] for every j of target.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddScaled(double[] target, double[] source, int offset, double scale)
    {
        var j = 0;
        var width = Vector<double>.Count;
        if (Vector.IsHardwareAccelerated)
        {
            var factor = new Vector<double>(scale);
            for (; j <= target.Length - width; j += width)
            {
                (new Vector<double>(target, j) + (factor * new Vector<double>(source, offset + j))).CopyTo(target, j);
            }
        }

        for (; j < target.Length; j++)
        {
            target[j] += scale * source[offset + j];
        }
    }

    /// <summary>Σ_j a[offset + j] · b[j] over the length of b.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Dot(double[] a, int offset, double[] b)
    {
        var j = 0;
        var width = Vector<double>.Count;
        var sum = 0.0;
        if (Vector.IsHardwareAccelerated)
        {
            var accumulator = Vector<double>.Zero;
            for (; j <= b.Length - width; j += width)
            {
                accumulator += new Vector<double>(a, offset + j) * new Vector<double>(b, j);
            }

            sum = Vector.Sum(accumulator);
        }

        for (; j < b.Length; j++)
        {
            sum += a[offset + j] * b[j];
        }

        return sum;
    }
}
