using System.Collections.Immutable;

namespace DigitalTrade.Contracts;

/// <summary>The runs known to the cluster, for listing (key: <see cref="GrainKeys.Registry"/>).</summary>
[Alias("DigitalTrade.IRunRegistryGrain")]
public interface IRunRegistryGrain : IGrainWithStringKey
{
    /// <summary>Records a run's latest status.</summary>
    [Alias("Record")]
    Task Record(RunStatusReport status);

    /// <summary>Every run's latest status, oldest first.</summary>
    [Alias("List")]
    Task<ImmutableArray<RunStatusReport>> List();
}
