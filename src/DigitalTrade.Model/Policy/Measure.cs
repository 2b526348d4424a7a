namespace DigitalTrade.Model.Policy;

/// <summary>
/// The barriers an importer applies (DESIGN §5.6): the five digital restrictiveness measures, scored
/// 0 (open) to 1 (closed) in the spirit of the OECD Digital STRI areas, then the ad valorem rates.
/// </summary>
public enum Measure
{
    /// <summary>Infrastructure and connectivity (DSTRI area 1).</summary>
    Infrastructure = 0,

    /// <summary>Electronic transactions: e-signatures, e-contracts, paperless documents (area 2).</summary>
    ElectronicTransactions = 1,

    /// <summary>Payment systems (area 3).</summary>
    Payments = 2,

    /// <summary>Cross-border data flows and data localisation (part of area 1 in the DSTRI; its own measure here).</summary>
    DataFlows = 3,

    /// <summary>Other barriers: consumer and personal-data rules, intellectual property, licensing (areas 4–5).</summary>
    Other = 4,

    /// <summary>Applied tariff on goods, ad valorem (0.075 = 7.5%).</summary>
    GoodsTariff = 5,

    /// <summary>Applied tariff on e-commerce parcels, ad valorem.</summary>
    ParcelTariff = 6,

    /// <summary>Customs duty on electronic transmissions (digital services), ad valorem.</summary>
    ElectronicDuty = 7,
}

/// <summary>Names and groups of the measures as scenario files and outputs write them.</summary>
public static class Measures
{
    /// <summary>Number of measures.</summary>
    public const int Count = 8;

    /// <summary>Number of digital restrictiveness measures (the first five).</summary>
    public const int DigitalCount = 5;

    /// <summary>Every measure in order.</summary>
    public static IReadOnlyList<Measure> All { get; } =
    [
        Measure.Infrastructure, Measure.ElectronicTransactions, Measure.Payments, Measure.DataFlows, Measure.Other,
        Measure.GoodsTariff, Measure.ParcelTariff, Measure.ElectronicDuty,
    ];

    /// <summary>The five digital restrictiveness measures.</summary>
    public static IReadOnlyList<Measure> Digital { get; } =
        [Measure.Infrastructure, Measure.ElectronicTransactions, Measure.Payments, Measure.DataFlows, Measure.Other];

    /// <summary>True for the 0–1 restrictiveness measures, false for the ad valorem rates.</summary>
    public static bool IsDigital(Measure measure) => (int)measure < DigitalCount;

    /// <summary>The name in files.</summary>
    public static string Name(Measure measure) => measure switch
    {
        Measure.Infrastructure => "infrastructure",
        Measure.ElectronicTransactions => "electronic_transactions",
        Measure.Payments => "payments",
        Measure.DataFlows => "data_flows",
        Measure.Other => "other",
        Measure.GoodsTariff => "goods_tariff",
        Measure.ParcelTariff => "parcel_tariff",
        Measure.ElectronicDuty => "electronic_duty",
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "unknown measure"),
    };

    /// <summary>Parses a name as written in files; null when unknown.</summary>
    public static Measure? Parse(string name) => All.Select(m => (Measure?)m).FirstOrDefault(m => Name(m!.Value) == name);
}

/// <summary>A country's model of personal-data regulation (Ferracane and van der Marel 2021).</summary>
public enum DataRegime
{
    /// <summary>Open transfers and processing.</summary>
    Open = 0,

    /// <summary>Transfers and processing on conditions.</summary>
    Conditional = 1,

    /// <summary>Limited transfers: localisation and control.</summary>
    Limited = 2,
}

/// <summary>Names of the data regimes in files.</summary>
public static class DataRegimes
{
    /// <summary>The name in files.</summary>
    public static string Name(DataRegime regime) => regime switch
    {
        DataRegime.Open => "open",
        DataRegime.Conditional => "conditional",
        DataRegime.Limited => "limited",
        _ => throw new ArgumentOutOfRangeException(nameof(regime), regime, "unknown data regime"),
    };

    /// <summary>Parses a name; null when unknown.</summary>
    public static DataRegime? Parse(string name) => name switch
    {
        "open" => DataRegime.Open,
        "conditional" => DataRegime.Conditional,
        "limited" => DataRegime.Limited,
        _ => null,
    };
}
