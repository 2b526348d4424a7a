using System.Collections.Immutable;
using DigitalTrade.Model.Policy;

namespace DigitalTrade.Model.World;

/// <summary>
/// A country's barriers and digital set-up at round 0 as the scenario resolves them from data,
/// defaults and overrides (docs/scenarios.md, <c>barriers:</c>).
/// </summary>
/// <param name="Iso3">The country.</param>
/// <param name="Levels">Applied level of each <see cref="Measure"/>, in measure order.</param>
/// <param name="DataRegime">Its data regime.</param>
/// <param name="Sovereignty">Sovereignty preference, 0–1.</param>
/// <param name="WtoMember">True for WTO members.</param>
/// <param name="Paperless">Paperless-trade adoption, 0–1.</param>
/// <param name="PilotZone">True when it runs cross-border e-commerce pilot zones.</param>
/// <param name="Readiness">Starting readiness, or null to compute it from internet use and broadband.</param>
public sealed record CountrySetup(
    string Iso3,
    ImmutableArray<double> Levels,
    DataRegime DataRegime,
    double Sovereignty,
    bool WtoMember,
    double Paperless,
    bool PilotZone,
    double? Readiness);
