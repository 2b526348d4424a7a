namespace DigitalTrade.Model.Calibration;

/// <summary>
/// The sectors of the observed baseline (docs/model.md, "The observed baseline"), which together cover the
/// whole economy: merchandise, digitally deliverable services and every other service.
/// </summary>
public enum BaselineSector
{
    /// <summary>Merchandise (IMF DOTS, WTO merchandise trade).</summary>
    Goods = 0,

    /// <summary>Digitally deliverable services (UNCTAD).</summary>
    Digital = 1,

    /// <summary>All other services: exports of goods and services less merchandise and digital services.</summary>
    OtherServices = 2,
}

/// <summary>Names and order of the baseline's sectors as files write them.</summary>
public static class BaselineSectors
{
    /// <summary>Number of sectors.</summary>
    public const int Count = 3;

    /// <summary>All sectors in canonical order.</summary>
    public static IReadOnlyList<BaselineSector> All { get; } = [BaselineSector.Goods, BaselineSector.Digital, BaselineSector.OtherServices];

    /// <summary>The name used in files: <c>goods</c>, <c>digital</c>, <c>other_services</c>.</summary>
    public static string Name(BaselineSector sector) => sector switch
    {
        BaselineSector.Goods => "goods",
        BaselineSector.Digital => "digital",
        BaselineSector.OtherServices => "other_services",
        _ => throw new ArgumentOutOfRangeException(nameof(sector), sector, "unknown sector"),
    };
}
