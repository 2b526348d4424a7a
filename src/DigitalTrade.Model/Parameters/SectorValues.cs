using System.Text.Json.Serialization;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Parameters;

/// <summary>One number per sector, in the canonical sector order.</summary>
public sealed record SectorValues(double Goods, double Ecommerce, double Digital)
{
    /// <summary>The value for one sector.</summary>
    public double this[Sector sector] => sector switch
    {
        Sector.Goods => Goods,
        Sector.Ecommerce => Ecommerce,
        Sector.Digital => Digital,
        _ => throw new ArgumentOutOfRangeException(nameof(sector), sector, "unknown sector"),
    };

    /// <summary>The sum over sectors.</summary>
    [JsonIgnore]
    public double Sum => Goods + Ecommerce + Digital;
}
