using System.Collections.Immutable;
using System.Text.Json.Serialization;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Events;

/// <summary>Something the scenario makes happen at the start of a round (DESIGN §4, phase 1).</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(EndowmentShock), EndowmentShock.KindName)]
[JsonDerivedType(typeof(TradeCostChange), TradeCostChange.KindName)]
[JsonDerivedType(typeof(CableLaid), CableLaid.KindName)]
[JsonDerivedType(typeof(LinkUpgrade), LinkUpgrade.KindName)]
[JsonDerivedType(typeof(Accession), Accession.KindName)]
[JsonDerivedType(typeof(BarrierChange), BarrierChange.KindName)]
[JsonDerivedType(typeof(PilotZoneOpened), PilotZoneOpened.KindName)]
[JsonDerivedType(typeof(PaperlessTrade), PaperlessTrade.KindName)]
[JsonDerivedType(typeof(PaymentInteroperability), PaymentInteroperability.KindName)]
[JsonDerivedType(typeof(DigitalInvestment), DigitalInvestment.KindName)]
[JsonDerivedType(typeof(CapacityBuilding), CapacityBuilding.KindName)]
[JsonDerivedType(typeof(MoratoriumLapse), MoratoriumLapse.KindName)]
public abstract record ScenarioEvent(int Round)
{
    /// <summary>The event's kind as written in scenario files and events.csv.</summary>
    [JsonIgnore]
    public abstract string Kind { get; }

    /// <summary>True when the event changes the state of the given country.</summary>
    public abstract bool Concerns(string iso3);
}

/// <summary>Multiplies a country's endowment (all sectors, or one) by a factor: a supply shock.</summary>
public sealed record EndowmentShock(int Round, string Country, Sector? Sector, double Factor)
    : ScenarioEvent(Round)
{
    /// <summary>Name of this kind in scenario files.</summary>
    public const string KindName = "endowment_shock";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public override bool Concerns(string iso3) => iso3 == Country;
}

/// <summary>
/// Multiplies the iceberg trade cost t_ij of flows from the exporters into the importers
/// (empty lists mean every country) by a factor: 0.9 means 10% lower trade costs.
/// The change is held by each importer, as barriers are (DESIGN §3).
/// </summary>
public sealed record TradeCostChange(
    int Round,
    ImmutableArray<string> Importers,
    ImmutableArray<string> Exporters,
    ImmutableArray<Sector> Sectors,
    double Factor)
    : ScenarioEvent(Round)
{
    /// <summary>Name of this kind in scenario files.</summary>
    public const string KindName = "trade_cost_change";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public override bool Concerns(string iso3) => Importers.IsDefaultOrEmpty || Importers.Contains(iso3);

    /// <summary>True when the flow from the exporter is covered.</summary>
    public bool CoversExporter(string iso3) => Exporters.IsDefaultOrEmpty || Exporters.Contains(iso3);

    /// <summary>True when the sector is covered.</summary>
    public bool CoversSector(Sector sector) => Sectors.IsDefaultOrEmpty || Sectors.Contains(sector);
}
