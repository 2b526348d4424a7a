namespace DigitalTrade.Model.World;

/// <summary>
/// The rows of the model's sector tables, in their canonical order (docs/model.md, "The equilibrium"): the
/// conventional channel of goods, the cross-border e-commerce channel of goods, digitally delivered services
/// and other services. Goods trade is <see cref="Goods"/> + <see cref="Ecommerce"/>.
/// </summary>
public enum Sector
{
    /// <summary>Goods traded by the conventional channel.</summary>
    Goods = 0,

    /// <summary>Goods traded by the cross-border e-commerce channel (parcels).</summary>
    Ecommerce = 1,

    /// <summary>Digitally delivered services.</summary>
    Digital = 2,

    /// <summary>Other services: the rest of what WDI counts as trade in goods and services.</summary>
    OtherServices = 3,
}

/// <summary>Names and order of the sectors as they appear in scenario files and outputs.</summary>
public static class Sectors
{
    /// <summary>Number of sectors.</summary>
    public const int Count = 4;

    /// <summary>All sectors in canonical order.</summary>
    public static IReadOnlyList<Sector> All { get; } = [Sector.Goods, Sector.Ecommerce, Sector.Digital, Sector.OtherServices];

    /// <summary>The name used in files: <c>goods</c>, <c>ecommerce</c>, <c>digital</c>, <c>other_services</c>.</summary>
    public static string Name(Sector sector) => sector switch
    {
        Sector.Goods => "goods",
        Sector.Ecommerce => "ecommerce",
        Sector.Digital => "digital",
        Sector.OtherServices => "other_services",
        _ => throw new ArgumentOutOfRangeException(nameof(sector), sector, "unknown sector"),
    };

    /// <summary>Parses a sector name as written in files; null when unknown.</summary>
    public static Sector? Parse(string name) => name switch
    {
        "goods" => Sector.Goods,
        "ecommerce" => Sector.Ecommerce,
        "digital" => Sector.Digital,
        "other_services" => Sector.OtherServices,
        _ => null,
    };
}
