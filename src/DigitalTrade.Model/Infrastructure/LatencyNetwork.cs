using System.Collections.Immutable;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Infrastructure;

/// <summary>
/// The round-trip latency between every pair of a scenario's countries over its links (DESIGN §5.5): a graph
/// whose edges are the links between countries of the world plus a transit edge between every pair (the route
/// through networks outside the region), solved for shortest one-way paths by Floyd–Warshall.
/// Deterministic: fixed loop order and strict comparisons, so ties keep the earlier path; a pair's latency is
/// the sum of its hops' latencies taken from the lower country index to the higher, so that it depends only on
/// the path and is the same in both directions.
/// </summary>
public sealed class LatencyNetwork
{
    /// <summary>Marks a hop over the transit edge rather than a link.</summary>
    private const int Transit = -1;

    private readonly double[,] _roundTripMs;
    private readonly int[,] _hopLink;
    private readonly ImmutableArray<int>[,] _paths;

    private LatencyNetwork(ImmutableArray<string> iso3, ImmutableArray<NetworkLink> links, double[,] roundTripMs, int[,] hopLink, ImmutableArray<int>[,] paths)
    {
        Iso3 = iso3;
        Links = links;
        _roundTripMs = roundTripMs;
        _hopLink = hopLink;
        _paths = paths;
    }

    /// <summary>ISO3 codes of the nodes, in the world's canonical order.</summary>
    public ImmutableArray<string> Iso3 { get; }

    /// <summary>The links between countries of the world, in canonical order (From, To, Kind, Name).</summary>
    public ImmutableArray<NetworkLink> Links { get; }

    /// <summary>Round-trip latency between two countries, ms: twice the shortest one-way path (0 for a country itself).</summary>
    public double RoundTripMs(int i, int j) => _roundTripMs[i, j];

    /// <summary>A fresh copy of the round-trip latency of every pair, ms.</summary>
    public double[,] RoundTripMatrix() => (double[,])_roundTripMs.Clone();

    /// <summary>Country indexes along the shortest path from i to j, both included (just i when i = j).</summary>
    public ImmutableArray<int> Path(int i, int j) => _paths[i, j];

    /// <summary>Hops on the shortest path from i to j; a transit hop counts as one.</summary>
    public int HopCount(int i, int j) => _paths[i, j].Length - 1;

    /// <summary>True when the shortest path from i to j runs over the link (matched on countries, kind and name).</summary>
    public bool Uses(int i, int j, NetworkLink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var path = _paths[i, j];
        for (var h = 1; h < path.Length; h++)
        {
            var index = _hopLink[path[h - 1], path[h]];
            if (index != Transit && Links[index].IsSameLink(link))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Builds the network of a world. Links naming a country outside the world are ignored (a scenario may hold a
    /// subset of the countries); where several edges join a pair, the fastest counts.
    /// </summary>
    public static LatencyNetwork Build(WorldGeometry world, IEnumerable<NetworkLink> links, LatencyParameters p)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(p);
        if (!(p.FibreKmPerMs > 0.0) || p.HopDelayMs < 0.0 || !(p.TransitRouteFactor >= 1.0) || p.TransitHops < 0.0)
        {
            throw new ArgumentException("latency parameters need a positive fibre speed, a transit route at least the great circle (factor >= 1) and no negative delay or hop count", nameof(p));
        }

        var n = world.Count;
        var index = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            index[world.Iso3[i]] = i;
        }

        var inWorld = new List<NetworkLink>();
        foreach (var link in links)
        {
            if (link.From == link.To)
            {
                throw new ArgumentException($"a link joins two different countries, got {link.From} twice", nameof(links));
            }

            if (index.ContainsKey(link.From) && index.ContainsKey(link.To))
            {
                inWorld.Add(link);
            }
        }

        inWorld.Sort(NetworkLink.CanonicalOrder);
        var sorted = inWorld.ToImmutableArray();

        var oneWay = new double[n, n];
        var hopLink = new int[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                oneWay[i, j] = i == j ? 0.0 : TransitMs(world, i, j, p);
                hopLink[i, j] = Transit;
            }
        }

        for (var k = 0; k < sorted.Length; k++)
        {
            var a = index[sorted[k].From];
            var b = index[sorted[k].To];
            var ms = sorted[k].OneWayMs(Distance(world, a, b), p);
            if (ms < oneWay[a, b])
            {
                oneWay[a, b] = oneWay[b, a] = ms;
                hopLink[a, b] = hopLink[b, a] = k;
            }
        }

        var next = ShortestPaths(oneWay);
        var paths = new ImmutableArray<int>[n, n];
        var roundTrip = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            paths[i, i] = [i];
            for (var j = i + 1; j < n; j++)
            {
                var path = Reconstruct(next, i, j);
                var sum = 0.0;
                for (var h = 1; h < path.Length; h++)
                {
                    sum += oneWay[path[h - 1], path[h]];
                }

                paths[i, j] = [.. path];
                var back = new int[path.Length];
                for (var h = 0; h < path.Length; h++)
                {
                    back[h] = path[path.Length - 1 - h];
                }

                paths[j, i] = [.. back];
                roundTrip[i, j] = roundTrip[j, i] = 2.0 * sum;
            }
        }

        return new LatencyNetwork(world.Iso3, sorted, roundTrip, hopLink, paths);
    }

    /// <summary>Floyd–Warshall over one-way latencies; returns the next-hop matrix.</summary>
    private static int[,] ShortestPaths(double[,] oneWay)
    {
        var n = oneWay.GetLength(0);
        var dist = (double[,])oneWay.Clone();
        var next = new int[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                next[i, j] = j;
            }
        }

        for (var k = 0; k < n; k++)
        {
            for (var i = 0; i < n; i++)
            {
                if (i == k)
                {
                    continue;
                }

                var ik = dist[i, k];
                for (var j = 0; j < n; j++)
                {
                    var via = ik + dist[k, j];
                    if (via < dist[i, j])
                    {
                        dist[i, j] = via;
                        next[i, j] = next[i, k];
                    }
                }
            }
        }

        return next;
    }

    private static int[] Reconstruct(int[,] next, int i, int j)
    {
        var n = next.GetLength(0);
        var path = new List<int>(4) { i };
        for (var u = i; u != j;)
        {
            u = next[u, j];
            path.Add(u);
            if (path.Count > n)
            {
                throw new InvalidOperationException($"no simple path from node {i} to node {j}: a zero-latency cycle in the network");
            }
        }

        return [.. path];
    }

    /// <summary>One-way latency of the route through networks outside the region, ms.</summary>
    private static double TransitMs(WorldGeometry world, int i, int j, LatencyParameters p) =>
        (Distance(world, i, j) * p.TransitRouteFactor / p.FibreKmPerMs) + (p.TransitHops * p.HopDelayMs);

    /// <summary>Great-circle distance read from the upper triangle, so that both directions use the same number.</summary>
    private static double Distance(WorldGeometry world, int i, int j) =>
        i < j ? world.DistanceKm[i, j] : world.DistanceKm[j, i];
}
