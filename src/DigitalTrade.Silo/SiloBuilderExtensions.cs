using DigitalTrade.Contracts;
using DigitalTrade.Grains;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Serialization;

namespace DigitalTrade.Silo;

/// <summary>Registers what every silo of the simulator needs, whatever hosts it.</summary>
public static class SiloBuilderExtensions
{
    /// <summary>
    /// The grains' storage (in memory unless a host adds another provider under the same name),
    /// storage written as System.Text.Json (the default Newtonsoft storage serializer cannot read
    /// immutable collections back), and the JSON codec for the model's records.
    /// </summary>
    public static ISiloBuilder AddDigitalTrade(this ISiloBuilder silo, bool inMemoryStorage = true)
    {
        if (inMemoryStorage)
        {
            silo.AddMemoryGrainStorage(StorageNames.Runs);
        }

        silo.UseSystemTextJsonGrainStorageSerializer();
        silo.Services.AddSerializer(serializer => serializer.AddModelTypes());
        silo.Services.TryAddSingleton(TimeProvider.System);
        silo.Services.AddOptions<RunRegistryOptions>()
            .BindConfiguration(RunRegistryOptions.Section)
            .Validate(o => o.Retention > TimeSpan.Zero, "Runs:Retention must be a positive time span, e.g. 7.00:00:00")
            .ValidateOnStart();
        return silo;
    }
}
