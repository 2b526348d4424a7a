using System.Text.Json.Serialization;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Parameters;

/// <summary>One number per sector, in the canonical sector order.</summary>
public sealed record SectorValues(double Goods, double Ecommerce, double Digital, double OtherServices = 0.0)
{
    /// <summary>The value for one sector.</summary>
    public double this[Sector sector] => sector switch
    {
        Sector.Goods => Goods,
        Sector.Ecommerce => Ecommerce,
        Sector.Digital => Digital,
        Sector.OtherServices => OtherServices,
        _ => throw new ArgumentOutOfRangeException(nameof(sector), sector, "unknown sector"),
    };

    /// <summary>The sum over sectors.</summary>
    [JsonIgnore]
    public double Sum => Goods + Ecommerce + Digital + OtherServices;
}

/// <summary>
/// Trade elasticity θ of each sector of the equilibrium; e-commerce, a channel of goods, has the goods value.
/// </summary>
public sealed record SectorElasticities(double Goods, double Digital, double OtherServices)
{
    /// <summary>θ of the sector a row belongs to.</summary>
    public double this[Sector sector] => sector switch
    {
        Sector.Goods or Sector.Ecommerce => Goods,
        Sector.Digital => Digital,
        Sector.OtherServices => OtherServices,
        _ => throw new ArgumentOutOfRangeException(nameof(sector), sector, "unknown sector"),
    };
}

/// <summary>
/// Shares of GDP in the goods channels and digital services of a world without observed data; other services are
/// the rest.
/// </summary>
public sealed record GdpShares(double Goods, double Ecommerce, double Digital)
{
    /// <summary>Other services' share: what the three leave.</summary>
    [JsonIgnore]
    public double OtherServices => 1.0 - Goods - Ecommerce - Digital;

    /// <summary>The share of a sector row.</summary>
    public double this[Sector sector] => sector switch
    {
        Sector.Goods => Goods,
        Sector.Ecommerce => Ecommerce,
        Sector.Digital => Digital,
        Sector.OtherServices => OtherServices,
        _ => throw new ArgumentOutOfRangeException(nameof(sector), sector, "unknown sector"),
    };
}
