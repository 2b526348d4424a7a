using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;

namespace DigitalTrade.Contracts;

/// <summary>
/// The model stays free of Orleans, so its records cross grain calls through Orleans'
/// System.Text.Json codec rather than generated serializers. Doubles round-trip exactly.
/// </summary>
public static class ModelSerialization
{
    /// <summary>The namespace whose types use the JSON codec.</summary>
    public const string ModelNamespace = "DigitalTrade.Model";

    /// <summary>Options shared by the codec and by grain storage.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General)
    {
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>True for the model's types.</summary>
    public static bool IsModelType(Type type) =>
        type.Namespace is { } ns && (ns == ModelNamespace || ns.StartsWith(ModelNamespace + ".", StringComparison.Ordinal));

    /// <summary>Registers the codec and the copier of immutable model records; call on every silo and client.</summary>
    public static ISerializerBuilder AddModelTypes(this ISerializerBuilder builder)
    {
        var copier = new ImmutableModelCopier();
        builder.Services.AddSingleton<IGeneralizedCopier>(copier);
        return builder.AddJsonSerializer(
            isSerializable: IsModelType,
            isCopyable: type => IsModelType(type) && !copier.IsSupportedType(type),
            configureOptions: options => options.Configure(o => o.SerializerOptions = Options));
    }
}
