using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace DigitalTrade.Model.Equilibrium;

/// <summary>
/// The inner loops of the equilibrium solvers. AddScaled is element-wise, so any vector width gives
/// the same bits; Dot fixes its summation order.
/// </summary>
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

    /// <summary>
    /// Σ_j a[offset + j] · b[j] over the length of b, as four partial sums (lane j mod 4) added in a
    /// fixed order. Vector256 computes the lanes at once; each lane is an ordinary IEEE multiply and
    /// add (no fused multiply-add), so the result has the same bits on every processor, with or
    /// without vector hardware: outputs must not depend on the machine (DESIGN §4).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Dot(double[] a, int offset, double[] b)
    {
        var n = b.Length;
        ref var row = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(a), offset);
        ref var v = ref MemoryMarshal.GetArrayDataReference(b);
        var sums = Vector256<double>.Zero;
        var m = 0;
        for (; m + 3 < n; m += 4)
        {
            sums += Vector256.LoadUnsafe(ref row, (nuint)m) * Vector256.LoadUnsafe(ref v, (nuint)m);
        }

        var s0 = sums.GetElement(0);
        for (; m < n; m++)
        {
            s0 += Unsafe.Add(ref row, m) * Unsafe.Add(ref v, m);
        }

        return (s0 + sums.GetElement(1)) + (sums.GetElement(2) + sums.GetElement(3));
    }
}
