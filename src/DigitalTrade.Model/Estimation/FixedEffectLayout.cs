namespace DigitalTrade.Model.Estimation;

/// <summary>
/// The fixed-effect groups of the kept observations, renumbered 0..G_d−1 per dimension so that
/// every group has at least one observation; flat arrays for the inner loops.
/// </summary>
internal sealed class FixedEffectLayout
{
    private FixedEffectLayout(int[][] groups, int[] groupCounts, int[][] callerGroup, int[][] sizes)
    {
        Groups = groups;
        GroupCounts = groupCounts;
        CallerGroup = callerGroup;
        Sizes = sizes;
    }

    /// <summary>Compact group of each kept observation, <c>[d][i]</c>.</summary>
    public int[][] Groups { get; }

    /// <summary>Number of compact groups per dimension.</summary>
    public int[] GroupCounts { get; }

    /// <summary>Caller's group id of each compact group, <c>[d][g]</c>.</summary>
    public int[][] CallerGroup { get; }

    /// <summary>Number of kept observations in each compact group, <c>[d][g]</c>.</summary>
    public int[][] Sizes { get; }

    public int Dimensions => Groups.Length;

    public int Observations => Groups.Length == 0 ? 0 : Groups[0].Length;

    /// <summary>Builds the layout of the observations listed in <paramref name="kept"/>.</summary>
    public static FixedEffectLayout Build(IReadOnlyList<FixedEffect> effects, int[] kept)
    {
        var dims = effects.Count;
        var groups = new int[dims][];
        var counts = new int[dims];
        var callers = new int[dims][];
        var sizes = new int[dims][];
        for (var d = 0; d < dims; d++)
        {
            var source = effects[d].Groups;
            var compact = new int[effects[d].GroupCount];
            Array.Fill(compact, -1);
            var list = new List<int>();
            var g = new int[kept.Length];
            for (var i = 0; i < kept.Length; i++)
            {
                var caller = source[kept[i]];
                if (compact[caller] < 0)
                {
                    compact[caller] = list.Count;
                    list.Add(caller);
                }

                g[i] = compact[caller];
            }

            groups[d] = g;
            counts[d] = list.Count;
            callers[d] = [.. list];
            sizes[d] = new int[list.Count];
            foreach (var c in g)
            {
                sizes[d][c]++;
            }
        }

        return new FixedEffectLayout(groups, counts, callers, sizes);
    }

    /// <summary>Per-dimension arrays of zeros, one value per compact group.</summary>
    public double[][] NewEffects()
    {
        var effects = new double[Dimensions][];
        for (var d = 0; d < Dimensions; d++)
        {
            effects[d] = new double[GroupCounts[d]];
        }

        return effects;
    }

    /// <summary>Σ_d effects_d[g_d(i)] for observation i.</summary>
    public double Sum(double[][] effects, int i)
    {
        var s = 0.0;
        for (var d = 0; d < Groups.Length; d++)
        {
            s += effects[d][Groups[d][i]];
        }

        return s;
    }
}
