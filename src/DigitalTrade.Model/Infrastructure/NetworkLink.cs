using DigitalTrade.Model.Parameters;

namespace DigitalTrade.Model.Infrastructure;

/// <summary>
/// An undirected link between two countries' capitals: a cross-border fibre or a submarine cable system
/// landing in both (DESIGN §5.5). A link is identified by its two countries, kind and name; the numbers
/// describe its route. <see cref="Create"/> orders the codes and checks the numbers.
/// </summary>
/// <param name="From">ISO3 code of one end, ordinally before <paramref name="To"/>.</param>
/// <param name="To">ISO3 code of the other end.</param>
/// <param name="Kind">Terrestrial or submarine; chooses the default route factor.</param>
/// <param name="Name">The system or systems the link stands for (may be empty).</param>
/// <param name="LengthKm">
/// Capital-to-capital route length when known, km. Not a cable's whole-system length, which runs far beyond
/// the two capitals; null to derive the route from great-circle distance.
/// </param>
/// <param name="RouteFactor">Route length over great-circle distance; null for the kind's default.</param>
/// <param name="CapacityTbps">Design capacity, Tbps, when known (not used by latency).</param>
/// <param name="LatencyFactor">
/// Multiplies the link's whole one-way latency: 1 for the link as built, 0.6 for a scenario's "40% lower latency".
/// </param>
public sealed record NetworkLink(
    string From,
    string To,
    LinkKind Kind,
    string Name,
    double? LengthKm,
    double? RouteFactor,
    double? CapacityTbps,
    double LatencyFactor)
{
    /// <summary>Canonical order of links: From, To, Kind, Name (ordinal), then the numbers, so that sorting is total.</summary>
    public static IComparer<NetworkLink> CanonicalOrder { get; } = Comparer<NetworkLink>.Create(Compare);

    /// <summary>
    /// A link between two different countries, given in either order, with its numbers checked: length, route factor
    /// and capacity positive when given, latency factor positive.
    /// </summary>
    public static NetworkLink Create(
        string a,
        string b,
        LinkKind kind,
        string name,
        double? lengthKm = null,
        double? routeFactor = null,
        double? capacityTbps = null,
        double latencyFactor = 1.0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(a);
        ArgumentException.ThrowIfNullOrWhiteSpace(b);
        ArgumentNullException.ThrowIfNull(name);
        if (a == b)
        {
            throw new ArgumentException($"a link joins two different countries, got {a} twice", nameof(b));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown link kind");
        }

        RequirePositive(lengthKm, nameof(lengthKm));
        RequirePositive(routeFactor, nameof(routeFactor));
        if (routeFactor is < 1.0)
        {
            throw new ArgumentOutOfRangeException(nameof(routeFactor), routeFactor, "a route is at least the great circle: the route factor is at least 1");
        }

        RequirePositive(capacityTbps, nameof(capacityTbps));
        RequirePositive(latencyFactor, nameof(latencyFactor));
        var (from, to) = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
        return new NetworkLink(from, to, kind, name, lengthKm, routeFactor, capacityTbps, latencyFactor);
    }

    /// <summary>True when the other link is the same link: same countries, kind and name, whatever its numbers.</summary>
    public bool IsSameLink(NetworkLink other) =>
        other is not null && From == other.From && To == other.To && Kind == other.Kind && Name == other.Name;

    /// <summary>
    /// One-way latency over this link, ms: LatencyFactor × (route km / fibre speed + hop delay), where the route is
    /// <see cref="LengthKm"/> or else the great-circle distance between the capitals times the route factor.
    /// </summary>
    public double OneWayMs(double greatCircleKm, LatencyParameters p)
    {
        // Light in fibre bounds every link: its route is at least the great circle between its ends, and no
        // latency factor takes it below the time light needs along that great circle.
        var routeKm = Math.Max(greatCircleKm, LengthKm ?? greatCircleKm * (RouteFactor ?? LinkKinds.RouteFactor(Kind, p)));
        var floor = greatCircleKm / p.FibreKmPerMs;
        return Math.Max(floor, LatencyFactor * ((routeKm / p.FibreKmPerMs) + p.HopDelayMs));
    }

    private static void RequirePositive(double? value, string name)
    {
        if (value is { } v && !(v > 0.0 && double.IsFinite(v)))
        {
            throw new ArgumentOutOfRangeException(name, v, "must be a positive finite number");
        }
    }

    private static int Compare(NetworkLink? x, NetworkLink? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var c = string.CompareOrdinal(x.From, y.From);
        c = c != 0 ? c : string.CompareOrdinal(x.To, y.To);
        c = c != 0 ? c : x.Kind.CompareTo(y.Kind);
        c = c != 0 ? c : string.CompareOrdinal(x.Name, y.Name);
        c = c != 0 ? c : Nullable.Compare(x.LengthKm, y.LengthKm);
        c = c != 0 ? c : Nullable.Compare(x.RouteFactor, y.RouteFactor);
        c = c != 0 ? c : Nullable.Compare(x.CapacityTbps, y.CapacityTbps);
        return c != 0 ? c : x.LatencyFactor.CompareTo(y.LatencyFactor);
    }
}
