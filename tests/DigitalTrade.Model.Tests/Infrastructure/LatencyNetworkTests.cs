using System.Collections.Immutable;
using System.Text.Json;
using DigitalTrade.Model.Infrastructure;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Tests.Infrastructure;

/// <summary>The latency network over the five Central Asian capitals of <see cref="TestWorld.CentralAsia"/>.</summary>
public sealed class LatencyNetworkTests
{
    private static readonly LatencyParameters Parameters = new();

    private static readonly WorldGeometry World = WorldGeometry.Build(TestWorld.Scenario(TestWorld.CentralAsia));

    private static readonly NetworkLink ChinaKazakhstan = NetworkLink.Create("KAZ", "CHN", LinkKind.Terrestrial, "Khorgos");
    private static readonly NetworkLink KazakhstanKyrgyzstan = NetworkLink.Create("KAZ", "KGZ", LinkKind.Terrestrial, "Bishkek line");
    private static readonly NetworkLink KazakhstanRussia = NetworkLink.Create("KAZ", "RUS", LinkKind.Terrestrial, "DREAM");
    private static readonly NetworkLink KyrgyzstanUzbekistan = NetworkLink.Create("KGZ", "UZB", LinkKind.Terrestrial, "Osh");

    private static ImmutableArray<NetworkLink> Baseline { get; } = [ChinaKazakhstan, KazakhstanKyrgyzstan, KazakhstanRussia, KyrgyzstanUzbekistan];

    private static int At(string iso3) => World.IndexOf(iso3);

    private static LatencyNetwork Build(IEnumerable<NetworkLink> links) => LatencyNetwork.Build(World, links, Parameters);

    private static double TransitRoundTrip(int i, int j) =>
        2.0 * ((World.DistanceKm[i, j] * Parameters.TransitRouteFactor / Parameters.FibreKmPerMs) + (Parameters.TransitHops * Parameters.HopDelayMs));

    [Fact]
    public void A_direct_link_takes_its_route_over_fibre_speed_plus_one_hop_each_way()
    {
        var (kaz, kgz) = (At("KAZ"), At("KGZ"));
        var km = World.DistanceKm[kaz, kgz];

        var network = Build([KazakhstanKyrgyzstan]);

        TestWorld.AssertRelative(2.0 * ((km * Parameters.TerrestrialRouteFactor / Parameters.FibreKmPerMs) + Parameters.HopDelayMs), network.RoundTripMs(kaz, kgz), 1e-15, "KAZ-KGZ round trip");
        Assert.True(network.RoundTripMs(kaz, kgz) < TransitRoundTrip(kaz, kgz), "the link must beat transit");
        Assert.Equal<int>([kaz, kgz], network.Path(kaz, kgz));
        Assert.Equal(1, network.HopCount(kaz, kgz));
        Assert.True(network.Uses(kaz, kgz, KazakhstanKyrgyzstan));
    }

    [Fact]
    public void A_known_route_length_and_latency_factor_replace_the_great_circle_estimate()
    {
        var (kaz, kgz) = (At("KAZ"), At("KGZ"));
        var km = World.DistanceKm[kaz, kgz];
        var measured = NetworkLink.Create("KGZ", "KAZ", LinkKind.Submarine, "measured", lengthKm: 1.1 * km, routeFactor: 9.0, latencyFactor: 0.95);

        var network = Build([measured]);

        // 2 · 0.95 · (1.1 d / v + h), whatever the route factor: above light's time along the great circle, so it stands.
        TestWorld.AssertRelative(2.0 * 0.95 * ((1.1 * km / Parameters.FibreKmPerMs) + Parameters.HopDelayMs), network.RoundTripMs(kaz, kgz), 1e-15, "KAZ-KGZ");
    }

    [Theory]
    [InlineData(0.01, null)]    // a latency factor cannot make a link faster than light
    [InlineData(1.0, 0.5)]      // a route shorter than the great circle counts as the great circle
    public void No_link_is_faster_than_light_in_fibre_along_the_great_circle(double latencyFactor, double? lengthShare)
    {
        var (kaz, kgz) = (At("KAZ"), At("KGZ"));
        var km = World.DistanceKm[kaz, kgz];
        var link = NetworkLink.Create("KAZ", "KGZ", LinkKind.Terrestrial, "fast", lengthKm: lengthShare * km, latencyFactor: latencyFactor);
        var floor = 2.0 * km / Parameters.FibreKmPerMs;

        var network = Build([link]);

        Assert.True(network.RoundTripMs(kaz, kgz) >= floor, $"{network.RoundTripMs(kaz, kgz)} ms below the {floor} ms floor");
        if (lengthShare is null)
        {
            Assert.Equal(floor, network.RoundTripMs(kaz, kgz));
        }
    }

    [Fact]
    public void Every_pair_of_any_network_is_at_least_as_slow_as_light_along_its_great_circle()
    {
        var codes = World.Iso3;
        var links = new List<NetworkLink>();
        for (var a = 0; a < codes.Length; a++)
        {
            for (var b = a + 1; b < codes.Length; b++)
            {
                links.Add(NetworkLink.Create(codes[a], codes[b], LinkKind.Terrestrial, "any", routeFactor: 1.0, latencyFactor: 0.1 + (0.2 * ((a + b) % 4))));
            }
        }

        var network = Build(links);

        for (var i = 0; i < codes.Length; i++)
        {
            for (var j = 0; j < codes.Length; j++)
            {
                Assert.True(network.RoundTripMs(i, j) >= 2.0 * World.DistanceKm[i, j] / Parameters.FibreKmPerMs, $"{codes[i]}-{codes[j]}");
            }
        }
    }

    [Fact]
    public void A_route_factor_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NetworkLink.Create("KAZ", "KGZ", LinkKind.Terrestrial, "short", routeFactor: 0.9));
    }

    [Fact]
    public void Two_links_through_a_third_country_beat_the_transit_route()
    {
        var (chn, kaz, rus) = (At("CHN"), At("KAZ"), At("RUS"));

        var network = Build([ChinaKazakhstan, KazakhstanRussia]);

        var twoHops = 2.0 * (ChinaKazakhstan.OneWayMs(World.DistanceKm[chn, kaz], Parameters) + KazakhstanRussia.OneWayMs(World.DistanceKm[kaz, rus], Parameters));
        Assert.Equal<int>([chn, kaz, rus], network.Path(chn, rus));
        Assert.Equal(2, network.HopCount(chn, rus));
        TestWorld.AssertRelative(twoHops, network.RoundTripMs(chn, rus), 1e-15, "CHN-RUS round trip");
        Assert.True(twoHops < TransitRoundTrip(chn, rus), $"two hops {twoHops} ms must beat transit {TransitRoundTrip(chn, rus)} ms");
        Assert.True(network.Uses(chn, rus, ChinaKazakhstan) && network.Uses(chn, rus, KazakhstanRussia));
    }

    [Fact]
    public void A_path_through_several_countries_is_reconstructed_hop_by_hop()
    {
        var (chn, kaz, kgz, uzb) = (At("CHN"), At("KAZ"), At("KGZ"), At("UZB"));

        var network = Build(Baseline);

        var hops = ChinaKazakhstan.OneWayMs(World.DistanceKm[chn, kaz], Parameters)
            + KazakhstanKyrgyzstan.OneWayMs(World.DistanceKm[kaz, kgz], Parameters)
            + KyrgyzstanUzbekistan.OneWayMs(World.DistanceKm[kgz, uzb], Parameters);
        Assert.Equal<int>([chn, kaz, kgz, uzb], network.Path(chn, uzb));
        Assert.Equal(3, network.HopCount(chn, uzb));
        TestWorld.AssertRelative(2.0 * hops, network.RoundTripMs(chn, uzb), 1e-15, "CHN-UZB round trip");
        Assert.False(network.Uses(chn, uzb, KazakhstanRussia));
    }

    [Fact]
    public void Cable_between_two_states_lowers_latency_for_pairs_routed_through_it_and_leaves_every_other_pair_unchanged()
    {
        var cable = NetworkLink.Create("CHN", "KGZ", LinkKind.Terrestrial, "Irkeshtam");
        var before = Build(Baseline);

        var after = Build(Baseline.Add(cable));

        var (changed, unchanged) = (0, 0);
        for (var i = 0; i < World.Count; i++)
        {
            for (var j = 0; j < World.Count; j++)
            {
                if (i == j)
                {
                    continue;
                }

                var pair = $"{World.Iso3[i]}-{World.Iso3[j]}";
                if (after.Uses(i, j, cable))
                {
                    Assert.True(after.RoundTripMs(i, j) < before.RoundTripMs(i, j), $"{pair} routes over the cable but is not faster");
                    changed++;
                }
                else
                {
                    Assert.True(
                        BitConverter.DoubleToInt64Bits(before.RoundTripMs(i, j)) == BitConverter.DoubleToInt64Bits(after.RoundTripMs(i, j)),
                        $"{pair} does not use the cable but changed from {before.RoundTripMs(i, j):R} to {after.RoundTripMs(i, j):R}");
                    Assert.Equal<int>(before.Path(i, j), after.Path(i, j));
                    unchanged++;
                }
            }
        }

        Assert.True(changed > 0 && unchanged > 0, $"the test needs both kinds of pairs: {changed} changed, {unchanged} unchanged");
        Assert.True(after.Uses(At("CHN"), At("UZB"), cable), "China-Uzbekistan should now run through Kyrgyzstan");
    }

    [Fact]
    public void Forty_percent_lower_latency_on_the_only_link_of_a_path_lowers_its_round_trip_by_forty_percent()
    {
        var (kaz, kgz) = (At("KAZ"), At("KGZ"));
        var state = NetworkState.Empty.Add(Baseline);
        var before = Build(state.Links);

        var after = Build(state.Upgrade("KGZ", "KAZ", 0.6).Links);

        Assert.Equal<int>(before.Path(kaz, kgz), after.Path(kaz, kgz));
        Assert.Equal(1, after.HopCount(kaz, kgz));
        TestWorld.AssertRelative(0.6 * before.RoundTripMs(kaz, kgz), after.RoundTripMs(kaz, kgz), 1e-15, "upgraded KAZ-KGZ");
        Assert.Equal(0.6, Assert.Single(after.Links, l => l.IsSameLink(KazakhstanKyrgyzstan)).LatencyFactor);
    }

    [Fact]
    public void Latency_and_paths_are_the_same_in_both_directions()
    {
        var network = Build(Baseline.Add(NetworkLink.Create("CHN", "RUS", LinkKind.Terrestrial, "ERMC")));

        for (var i = 0; i < World.Count; i++)
        {
            Assert.Equal(0.0, network.RoundTripMs(i, i));
            Assert.Equal<int>([i], network.Path(i, i));
            for (var j = 0; j < World.Count; j++)
            {
                Assert.Equal(network.RoundTripMs(i, j), network.RoundTripMs(j, i));
                Assert.Equal<int>(network.Path(i, j), [.. network.Path(j, i).Reverse()]);
            }
        }
    }

    [Fact]
    public void Links_naming_a_country_outside_the_world_are_ignored()
    {
        var outside = new[]
        {
            NetworkLink.Create("CHN", "PAK", LinkKind.Terrestrial, "CPEC"),
            NetworkLink.Create("IND", "PAK", LinkKind.Submarine, "SeaMeWe-3"),
        };

        var network = Build([.. outside, .. Baseline]);

        Assert.Equal<NetworkLink>([.. Baseline.Sort(NetworkLink.CanonicalOrder)], network.Links);
        TestWorld.AssertSameMatrix(Build(Baseline).RoundTripMatrix(), network.RoundTripMatrix(), "round trip");
    }

    [Fact]
    public void A_country_without_links_reaches_every_other_by_transit()
    {
        var network = Build([]);

        for (var i = 0; i < World.Count; i++)
        {
            for (var j = 0; j < World.Count; j++)
            {
                if (i != j)
                {
                    Assert.True(double.IsFinite(network.RoundTripMs(i, j)) && network.RoundTripMs(i, j) > 0.0);
                    TestWorld.AssertRelative(TransitRoundTrip(i, j), network.RoundTripMs(i, j), 1e-15, $"transit {i}-{j}");
                    Assert.Equal(1, network.HopCount(i, j));
                    Assert.False(network.Uses(i, j, ChinaKazakhstan));
                }
            }
        }
    }

    [Fact]
    public void Building_twice_from_links_in_any_order_gives_identical_networks()
    {
        var links = Baseline.Add(NetworkLink.Create("CHN", "RUS", LinkKind.Terrestrial, "ERMC"));

        var first = Build(links);
        var second = Build(links.Reverse());

        TestWorld.AssertSameMatrix(first.RoundTripMatrix(), second.RoundTripMatrix(), "round trip");
        Assert.Equal<NetworkLink>(first.Links, second.Links);
        for (var i = 0; i < World.Count; i++)
        {
            for (var j = 0; j < World.Count; j++)
            {
                Assert.Equal<int>(first.Path(i, j), second.Path(i, j));
            }
        }
    }

    [Fact]
    public void The_round_trip_matrix_is_a_copy()
    {
        var network = Build(Baseline);

        network.RoundTripMatrix()[0, 1] = -1.0;

        Assert.True(network.RoundTripMs(0, 1) > 0.0);
    }

    [Fact]
    public void Upgrading_a_pair_without_a_link_throws()
    {
        var state = NetworkState.Empty.Add(Baseline);

        Assert.Throws<ArgumentException>(() => state.Upgrade("CHN", "RUS", 0.6));
        Assert.Throws<ArgumentException>(() => NetworkState.Empty.Upgrade("KAZ", "KGZ", 0.6));
    }

    [Fact]
    public void Adding_links_keeps_canonical_order_and_refuses_a_link_already_there()
    {
        var state = NetworkState.Empty.Add([KyrgyzstanUzbekistan, ChinaKazakhstan]).Add([KazakhstanKyrgyzstan]);

        Assert.Equal<NetworkLink>([ChinaKazakhstan, KazakhstanKyrgyzstan, KyrgyzstanUzbekistan], state.Links);
        Assert.Throws<ArgumentException>(() => state.Add([ChinaKazakhstan with { LatencyFactor = 0.5 }]));
    }

    [Fact]
    public void Network_state_survives_a_json_round_trip()
    {
        var state = NetworkState.Empty
            .Add([.. Baseline, NetworkLink.Create("CHN", "KGZ", LinkKind.Submarine, "x", 1_200.0, 1.3, 12.5)])
            .Upgrade("CHN", "KAZ", 0.6);

        var read = JsonSerializer.Deserialize<NetworkState>(JsonSerializer.Serialize(state));

        Assert.NotNull(read);
        Assert.Equal<NetworkLink>(state.Links, read.Links);
    }

    [Fact]
    public void A_link_is_created_with_its_codes_in_order_and_its_numbers_checked()
    {
        var link = NetworkLink.Create("RUS", "CHN", LinkKind.Submarine, "n");

        Assert.Equal(("CHN", "RUS", 1.0), (link.From, link.To, link.LatencyFactor));
        Assert.Throws<ArgumentException>(() => NetworkLink.Create("CHN", "CHN", LinkKind.Terrestrial, "self"));
        Assert.Throws<ArgumentOutOfRangeException>(() => NetworkLink.Create("CHN", "RUS", LinkKind.Terrestrial, "n", lengthKm: 0.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => NetworkLink.Create("CHN", "RUS", LinkKind.Terrestrial, "n", routeFactor: -1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => NetworkLink.Create("CHN", "RUS", LinkKind.Terrestrial, "n", capacityTbps: 0.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => NetworkLink.Create("CHN", "RUS", LinkKind.Terrestrial, "n", latencyFactor: 0.0));
    }

    [Theory]
    [InlineData(LinkKind.Terrestrial, "terrestrial")]
    [InlineData(LinkKind.Submarine, "submarine")]
    public void Link_kinds_read_back_from_their_names(LinkKind kind, string name)
    {
        Assert.Equal(name, LinkKinds.Name(kind));
        Assert.Equal(kind, LinkKinds.Parse(name));
        Assert.Null(LinkKinds.Parse(name.ToUpperInvariant()));
    }
}
