using System.Collections.Immutable;
using DigitalTrade.Model.Infrastructure;
using DigitalTrade.Model.Policy;

namespace DigitalTrade.Model.Events;

/// <summary>
/// A cable is completed: a link joins each consecutive pair of countries on its route (DESIGN §5.5).
/// Its latency is the kind's route over the great-circle distance, times <see cref="LatencyFactor"/>
/// (a claim such as "40% lower latency" is 0.6). The run's network holds it, not a member.
/// </summary>
public sealed record CableLaid(
    int Round,
    string Name,
    ImmutableArray<string> Route,
    LinkKind LinkKind,
    double LatencyFactor,
    double? RouteFactor,
    double? LengthKm,
    double? CapacityTbps)
    : ScenarioEvent(Round)
{
    /// <summary>Name of this kind in scenario files.</summary>
    public const string KindName = "cable";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public override bool Concerns(string iso3) => false;

    /// <summary>The links the cable adds, one per consecutive pair on its route.</summary>
    public IEnumerable<NetworkLink> Links() =>
        Route.Zip(Route.Skip(1), (a, b) => NetworkLink.Create(a, b, LinkKind, Name, LengthKm, RouteFactor, CapacityTbps, LatencyFactor));
}

/// <summary>An existing link is upgraded: the latency of every link between the two countries is multiplied by a factor.</summary>
public sealed record LinkUpgrade(int Round, string From, string To, double LatencyFactor) : ScenarioEvent(Round)
{
    /// <summary>Name of this kind in scenario files.</summary>
    public const string KindName = "link_upgrade";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public override bool Concerns(string iso3) => false;
}

/// <summary>A country joins an agreement; the agreement covers its pairs with the other parties from this round.</summary>
public sealed record Accession(int Round, string Agreement, string Country) : ScenarioEvent(Round)
{
    /// <summary>Name of this kind in scenario files.</summary>
    public const string KindName = "accession";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public override bool Concerns(string iso3) => false;
}

/// <summary>
/// Importers change the applied level of one measure: <see cref="Set"/> replaces it, <see cref="Add"/>
/// adds to it (exactly one is given). Restrictiveness stays within 0–1, rates at or above 0.
/// Bindings still cap what partners face; an event is a policy the scenario imposes, not a decision.
/// </summary>
public sealed record BarrierChange(int Round, ImmutableArray<string> Countries, Measure Measure, double? Set, double? Add)
    : ScenarioEvent(Round)
{
    /// <summary>Name of this kind in scenario files.</summary>
    public const string KindName = "barrier_change";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public override bool Concerns(string iso3) => Countries.IsDefaultOrEmpty || Countries.Contains(iso3);
}

/// <summary>Countries open cross-border e-commerce pilot zones, which lower their e-commerce export costs.</summary>
public sealed record PilotZoneOpened(int Round, ImmutableArray<string> Countries) : ScenarioEvent(Round)
{
    /// <summary>Name of this kind in scenario files.</summary>
    public const string KindName = "pilot_zone";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public override bool Concerns(string iso3) => Countries.Contains(iso3);
}

/// <summary>Countries adopt paperless trade to the given level (0–1); adoption never falls.</summary>
public sealed record PaperlessTrade(int Round, ImmutableArray<string> Countries, double Level) : ScenarioEvent(Round)
{
    /// <summary>Name of this kind in scenario files.</summary>
    public const string KindName = "paperless_trade";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public override bool Concerns(string iso3) => Countries.Contains(iso3);
}

/// <summary>The payment systems of every pair among the countries become interoperable.</summary>
public sealed record PaymentInteroperability(int Round, ImmutableArray<string> Countries) : ScenarioEvent(Round)
{
    /// <summary>Name of this kind in scenario files.</summary>
    public const string KindName = "payment_interoperability";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public override bool Concerns(string iso3) => Countries.Contains(iso3);
}

/// <summary>A country invests in digital infrastructure and skills (USD bn), which raises its readiness.</summary>
public sealed record DigitalInvestment(int Round, string Country, double UsdBn) : ScenarioEvent(Round)
{
    /// <summary>Name of this kind in scenario files.</summary>
    public const string KindName = "digital_investment";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public override bool Concerns(string iso3) => iso3 == Country;
}

/// <summary>
/// A capacity-building programme trains people in each of the countries (for example the China–SCO
/// Big Data Cooperation Center's programme), which raises their readiness.
/// </summary>
public sealed record CapacityBuilding(int Round, string Programme, ImmutableArray<string> Countries, double TraineesPerCountry)
    : ScenarioEvent(Round)
{
    /// <summary>Name of this kind in scenario files.</summary>
    public const string KindName = "capacity_building";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public override bool Concerns(string iso3) => Countries.Contains(iso3);
}

/// <summary>
/// The WTO moratorium on customs duties on electronic transmissions lapses (it did at the end of March
/// 2026): from this round duties a member levies apply, unless an agreement binds them.
/// </summary>
public sealed record MoratoriumLapse(int Round) : ScenarioEvent(Round)
{
    /// <summary>Name of this kind in scenario files.</summary>
    public const string KindName = "moratorium_lapse";

    /// <inheritdoc />
    public override string Kind => KindName;

    /// <inheritdoc />
    public override bool Concerns(string iso3) => true;
}
