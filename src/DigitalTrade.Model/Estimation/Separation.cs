namespace DigitalTrade.Model.Estimation;

/// <summary>
/// Which observations can be fitted. An observation whose group (in any dimension) has only zero
/// flows would need that group's effect at −∞: the estimates do not exist with it, so it is dropped,
/// as ppml and ppmlhdfe do. Dropping zeros leaves every other group's total unchanged, so one pass
/// finds them all; dropping singletons (optional) is repeated until none is left.
/// </summary>
internal static class Separation
{
    /// <summary>The kept observations, those dropped for zero-flow groups, and the singletons.</summary>
    internal sealed record Selection(int[] Kept, int[] ZeroGroup, int[] Singletons);

    public static Selection Select(PpmlProblem problem, bool dropSingletons)
    {
        var n = problem.ObservationCount;
        var kept = new bool[n];
        Array.Fill(kept, true);
        var zero = new List<int>();
        var singletons = new List<int>();
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var fe in problem.FixedEffects)
            {
                var (total, size) = GroupTotals(fe, problem.Flows, kept);
                for (var i = 0; i < n; i++)
                {
                    if (!kept[i])
                    {
                        continue;
                    }

                    var g = fe.Groups[i];
                    if (total[g] == 0.0)
                    {
                        kept[i] = false;
                        zero.Add(i);
                        changed = true;
                    }
                    else if (dropSingletons && size[g] == 1)
                    {
                        kept[i] = false;
                        singletons.Add(i);
                        changed = true;
                    }
                }
            }
        }

        if (!dropSingletons)
        {
            singletons.AddRange(FindSingletons(problem, kept));
        }

        var keptIndices = Enumerable.Range(0, n).Where(i => kept[i]).ToArray();
        if (keptIndices.Length == 0)
        {
            throw new ArgumentException("no observation can be fitted: every fixed-effect group has only zero flows");
        }

        zero.Sort();
        singletons.Sort();
        return new Selection(keptIndices, [.. zero], [.. singletons]);
    }

    private static IEnumerable<int> FindSingletons(PpmlProblem problem, bool[] kept)
    {
        var single = new bool[kept.Length];
        foreach (var fe in problem.FixedEffects)
        {
            var (_, size) = GroupTotals(fe, problem.Flows, kept);
            for (var i = 0; i < kept.Length; i++)
            {
                single[i] |= kept[i] && size[fe.Groups[i]] == 1;
            }
        }

        return Enumerable.Range(0, kept.Length).Where(i => single[i]);
    }

    private static (double[] Total, int[] Size) GroupTotals(FixedEffect fe, double[] flows, bool[] kept)
    {
        var count = fe.GroupCount;
        var total = new double[count];
        var size = new int[count];
        for (var i = 0; i < flows.Length; i++)
        {
            if (kept[i])
            {
                total[fe.Groups[i]] += flows[i];
                size[fe.Groups[i]]++;
            }
        }

        return (total, size);
    }
}
