using System.Collections.Immutable;

namespace DigitalTrade.Model.Infrastructure;

/// <summary>
/// The links of a run between rounds: the scenario's network plus the cables its events have added and upgraded.
/// A plain record of immutable members, persisted as JSON; links are kept in canonical order.
/// </summary>
/// <param name="Links">The links, in canonical order (From, To, Kind, Name).</param>
public sealed record NetworkState(ImmutableArray<NetworkLink> Links)
{
    /// <summary>A network with no links: every pair reaches the other by transit.</summary>
    public static NetworkState Empty { get; } = new(ImmutableArray<NetworkLink>.Empty);

    /// <summary>The network with the links added. Throws when one is already in it (same countries, kind and name).</summary>
    public NetworkState Add(IEnumerable<NetworkLink> links)
    {
        ArgumentNullException.ThrowIfNull(links);
        var all = new List<NetworkLink>(Current);
        foreach (var link in links)
        {
            ArgumentNullException.ThrowIfNull(link);
            foreach (var existing in all)
            {
                if (existing.IsSameLink(link))
                {
                    throw new ArgumentException($"the {LinkKinds.Name(link.Kind)} link {link.From}-{link.To} '{link.Name}' is already in the network", nameof(links));
                }
            }

            all.Add(link);
        }

        all.Sort(NetworkLink.CanonicalOrder);
        return new NetworkState([.. all]);
    }

    /// <summary>
    /// The network with the latency factor of every link between a and b (either order) multiplied by
    /// <paramref name="latencyFactor"/> (0.6 for "40% lower latency"). Throws when no link joins the two.
    /// </summary>
    public NetworkState Upgrade(string a, string b, double latencyFactor)
    {
        if (!(latencyFactor > 0.0 && double.IsFinite(latencyFactor)))
        {
            throw new ArgumentOutOfRangeException(nameof(latencyFactor), latencyFactor, "must be a positive finite number");
        }

        var (from, to) = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
        var upgraded = false;
        var all = new List<NetworkLink>(Current.Length);
        foreach (var link in Current)
        {
            if (link.From == from && link.To == to)
            {
                all.Add(link with { LatencyFactor = link.LatencyFactor * latencyFactor });
                upgraded = true;
            }
            else
            {
                all.Add(link);
            }
        }

        if (!upgraded)
        {
            throw new ArgumentException($"no link joins {from} and {to} to upgrade", nameof(b));
        }

        all.Sort(NetworkLink.CanonicalOrder);
        return new NetworkState([.. all]);
    }

    /// <summary>The links, or none when the state was read without them.</summary>
    private ImmutableArray<NetworkLink> Current => Links.IsDefault ? [] : Links;
}
