using System.Collections.Immutable;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Events;
using DigitalTrade.Model.Infrastructure;
using DigitalTrade.Model.Metrics;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Tests.Cooperation;

/// <summary>A cable completed during a run: the latency column and the flows of the pairs it serves.</summary>
public sealed class LatencyInTheRoundTests
{
    private static readonly ImmutableArray<NetworkLink> Backbone =
    [
        NetworkLink.Create("KAZ", "CHN", LinkKind.Terrestrial, "Khorgos"),
        NetworkLink.Create("KAZ", "KGZ", LinkKind.Terrestrial, "Bishkek line"),
        NetworkLink.Create("KAZ", "RUS", LinkKind.Terrestrial, "DREAM"),
        NetworkLink.Create("KGZ", "UZB", LinkKind.Terrestrial, "Osh"),
    ];

    // Kashgar–Irkeshtam: China reaches Kyrgyzstan (and Uzbekistan behind it) without going round by Almaty.
    private static readonly CableLaid Cable = new(2, "Irkeshtam", ["CHN", "KGZ"], LinkKind.Terrestrial, 1.0, null, null, null);

    // Mechanical: policy noise and income feedback off, so the two runs differ only by the cable.
    private static readonly ScenarioDefinition WithoutCable = TestWorld.CentralAsiaScenario(TestWorld.Mechanical, rounds: 3) with { Links = Backbone };
    private static readonly ScenarioDefinition WithCable = WithoutCable with { Events = [Cable] };
    private static readonly WorldGeometry World = WorldGeometry.Build(WithCable);

    private static RoundReport[] Run(ScenarioDefinition scenario) => [.. ReferenceEngine.Run(scenario)];

    private static LatencyNetwork NetworkAfterCable() =>
        LatencyNetwork.Build(World, Backbone.Concat(Cable.Links()), WithCable.Parameters.Latency);

    [Fact]
    public void A_cable_changes_the_latency_of_exactly_the_pairs_whose_shortest_path_uses_it()
    {
        var reports = Run(WithCable);
        var after = NetworkAfterCable();
        var link = Assert.Single(Cable.Links());
        var rerouted = 0;

        foreach (var row in reports[2].Pairs)
        {
            var before = CooperationWorld.Pair(reports[1], row.Exporter, row.Importer, Sectors.Parse(row.Sector)!.Value);
            if (after.Uses(World.IndexOf(row.Exporter), World.IndexOf(row.Importer), link))
            {
                rerouted++;
                Assert.True(row.LatencyMs < before.LatencyMs, $"{row.Exporter}->{row.Importer}: {before.LatencyMs:R} ms should fall, got {row.LatencyMs:R}");
                Assert.Equal(after.RoundTripMs(World.IndexOf(row.Exporter), World.IndexOf(row.Importer)), row.LatencyMs);
            }
            else
            {
                Assert.True(
                    BitConverter.DoubleToInt64Bits(before.LatencyMs!.Value) == BitConverter.DoubleToInt64Bits(row.LatencyMs!.Value),
                    $"{row.Exporter}->{row.Importer} does not use the cable: {before.LatencyMs:R} ms became {row.LatencyMs:R}");
            }
        }

        // CHN-KGZ directly and CHN-UZB through Kyrgyzstan, both ways, in three sectors.
        Assert.Equal(2 * 2 * Sectors.Count, rerouted);
    }

    [Fact]
    public void The_latency_column_is_the_same_in_every_round_without_network_events()
    {
        var reports = Run(WithoutCable);

        for (var r = 1; r < reports.Length; r++)
        {
            Assert.Equal(reports[0].Pairs.Select(p => p.LatencyMs), reports[r].Pairs.Select(p => p.LatencyMs));
        }
    }

    [Fact]
    public void Digital_flows_of_pairs_whose_latency_fell_rise_against_the_run_without_the_cable()
    {
        var without = Run(WithoutCable);
        var with = Run(WithCable);
        var after = NetworkAfterCable();
        var link = Assert.Single(Cable.Links());

        // Same seed, same rounds until the cable: round 1 is the same run.
        ReportAssert.SameRows(without[1], with[1]);
        for (var r = 2; r <= 3; r++)
        {
            foreach (var row in with[r].Pairs.Where(p => p.Sector == Sectors.Name(Sector.Digital)))
            {
                if (after.Uses(World.IndexOf(row.Exporter), World.IndexOf(row.Importer), link))
                {
                    var baseline = CooperationWorld.Pair(without[r], row.Exporter, row.Importer, Sector.Digital).FlowUsdBn;
                    Assert.True(row.FlowUsdBn > baseline, $"round {r} {row.Exporter}->{row.Importer}: digital flow {row.FlowUsdBn:R} should exceed {baseline:R}");
                }
            }
        }
    }

    [Fact]
    public void Goods_trade_costs_do_not_see_latency_and_goods_flows_move_only_through_prices()
    {
        // β_lat of goods is 0, so the goods route's cost stays bit-identical; goods flows still move a little, through
        // the incomes and prices of the one equilibrium all sectors share.
        var without = Run(WithoutCable);
        var with = Run(WithCable);

        for (var r = 2; r <= 3; r++)
        {
            var goods = Sectors.Name(Sector.Goods);
            Assert.Equal(
                without[r].Pairs.Where(p => p.Sector == goods).Select(p => BitConverter.DoubleToInt64Bits(p.TradeCost!.Value)),
                with[r].Pairs.Where(p => p.Sector == goods).Select(p => BitConverter.DoubleToInt64Bits(p.TradeCost!.Value)));
            var a = without[r].Pairs.Where(p => p.Sector == goods).Sum(p => p.FlowUsdBn);
            var b = with[r].Pairs.Where(p => p.Sector == goods).Sum(p => p.FlowUsdBn);
            Assert.InRange(b / a, 0.99, 1.01);
        }
    }
}
