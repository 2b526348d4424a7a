using DigitalTrade.Contracts;
using DigitalTrade.Silo;
using Orleans.Serialization;
using Orleans.TestingHost;

namespace DigitalTrade.Grains.Tests;

/// <summary>One two-silo in-process cluster shared by the grain tests; each test uses its own run ids.</summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; } = Build();

    public IGrainFactory Grains => Cluster.Client;

    public Task InitializeAsync() => Cluster.DeployAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    private static InProcessTestCluster Build()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSilo((_, silo) => silo.AddDigitalTrade().AddIncomingGrainCallFilter<FaultInjection>());
        builder.ConfigureClient(client => client.Services.AddSerializer(serializer => serializer.AddModelTypes()));
        return builder.Build();
    }
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
