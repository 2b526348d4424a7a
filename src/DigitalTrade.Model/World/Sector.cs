namespace DigitalTrade.Model.World;

/// <summary>The three traded sectors of the model (DESIGN §5.1), in their canonical order.</summary>
public enum Sector
{
    /// <summary>Conventional merchandise.</summary>
    Goods = 0,

    /// <summary>Cross-border business-to-consumer parcels.</summary>
    Ecommerce = 1,

    /// <summary>Digitally delivered services.</summary>
    Digital = 2,
}

/// <summary>Names and order of the sectors as they appear in scenario files and outputs.</summary>
public static class Sectors
{
    /// <summary>Number of sectors.</summary>
    public const int Count = 3;

    /// <summary>All sectors in canonical order.</summary>
    public static IReadOnlyList<Sector> All { get; } = [Sector.Goods, Sector.Ecommerce, Sector.Digital];

    /// <summary>The name used in files: <c>goods</c>, <c>ecommerce</c>, <c>digital</c>.</summary>
    public static string Name(Sector sector) => sector switch
    {
        Sector.Goods => "goods",
        Sector.Ecommerce => "ecommerce",
        Sector.Digital => "digital",
        _ => throw new ArgumentOutOfRangeException(nameof(sector), sector, "unknown sector"),
    };

    /// <summary>Parses a sector name as written in files; null when unknown.</summary>
    public static Sector? Parse(string name) => name switch
    {
        "goods" => Sector.Goods,
        "ecommerce" => Sector.Ecommerce,
        "digital" => Sector.Digital,
        _ => null,
    };
}
