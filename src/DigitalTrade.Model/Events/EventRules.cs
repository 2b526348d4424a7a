using System.Collections.Immutable;
using System.Globalization;
using DigitalTrade.Model.Digital;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Infrastructure;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.State;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Events;

/// <summary>Phase 1 of a round (DESIGN §4): how each kind of event changes a member state.</summary>
public static class EventRules
{
    /// <summary>Applies, in scenario order, the events of a round that concern this country.</summary>
    /// <param name="state">The country before the events.</param>
    /// <param name="events">The round's events; those of other countries are ignored.</param>
    /// <param name="countries">The scenario's countries in canonical order.</param>
    /// <param name="parameters">The model parameters.</param>
    public static CountryState Apply(CountryState state, IEnumerable<ScenarioEvent> events, IReadOnlyList<string> countries, ModelParameters parameters)
    {
        foreach (var scenarioEvent in events)
        {
            if (!scenarioEvent.Concerns(state.Iso3))
            {
                continue;
            }

            state = scenarioEvent switch
            {
                EndowmentShock shock => ApplyShock(state, shock),
                TradeCostChange change => ApplyCostChange(state, change, countries, parameters),
                BarrierChange change => ApplyBarrierChange(state, change),
                PilotZoneOpened => state with { Digital = state.Digital with { PilotZone = true } },
                PaperlessTrade paperless => state with
                {
                    Digital = state.Digital with { Paperless = Math.Max(state.Digital.Paperless, paperless.Level) },
                },
                PaymentInteroperability payments => state with
                {
                    Digital = state.Digital with
                    {
                        PaymentPartners = [.. state.Digital.PaymentPartners.Union(payments.Countries.Where(c => c != state.Iso3)).Order(StringComparer.Ordinal)],
                    },
                },
                DigitalInvestment investment => MemberSteps.WithReadiness(
                    state,
                    ReadinessRules.Invest(state.Digital.Readiness, investment.UsdBn, state.Gdp, parameters.Readiness),
                    parameters.Readiness.ProductivityElasticity),
                CapacityBuilding training => MemberSteps.WithReadiness(
                    state,
                    ReadinessRules.Train(state.Digital.Readiness, training.TraineesPerCountry, state.PopulationM, parameters.Readiness),
                    parameters.Readiness.ProductivityElasticity),
                MoratoriumLapse => state with { Policy = state.Policy with { MoratoriumInForce = false } },
                _ => throw new ArgumentException($"unknown event kind {scenarioEvent.Kind}", nameof(events)),
            };
        }

        return state;
    }

    /// <summary>The events.csv line of an event.</summary>
    public static EventRecord Describe(ScenarioEvent scenarioEvent) => scenarioEvent switch
    {
        EndowmentShock s => new EventRecord(
            s.Round, s.Kind, s.Country,
            Invariant($"factor={s.Factor}; sector={(s.Sector is { } k ? Sectors.Name(k) : "all")}")),
        TradeCostChange c => new EventRecord(
            c.Round, c.Kind, List(c.Importers),
            Invariant($"factor={c.Factor}; exporters={List(c.Exporters)}; sectors={(c.Sectors.IsDefaultOrEmpty ? "all" : string.Join(' ', c.Sectors.Select(Sectors.Name)))}")),
        CableLaid c => new EventRecord(
            c.Round, c.Kind, string.Join('-', c.Route),
            Invariant($"name={c.Name}; link_kind={LinkKinds.Name(c.LinkKind)}; latency_factor={c.LatencyFactor}")),
        LinkUpgrade u => new EventRecord(u.Round, u.Kind, $"{u.From}-{u.To}", Invariant($"latency_factor={u.LatencyFactor}")),
        Accession a => new EventRecord(a.Round, a.Kind, a.Country, $"agreement={a.Agreement}"),
        BarrierChange b => new EventRecord(
            b.Round, b.Kind, List(b.Countries),
            Invariant($"measure={Measures.Name(b.Measure)}; {(b.Set is { } set ? $"set={set}" : $"add={b.Add}")}")),
        PilotZoneOpened z => new EventRecord(z.Round, z.Kind, List(z.Countries), ""),
        PaperlessTrade p => new EventRecord(p.Round, p.Kind, List(p.Countries), Invariant($"level={p.Level}")),
        PaymentInteroperability p => new EventRecord(p.Round, p.Kind, List(p.Countries), ""),
        DigitalInvestment i => new EventRecord(i.Round, i.Kind, i.Country, Invariant($"usd_bn={i.UsdBn}")),
        CapacityBuilding c => new EventRecord(
            c.Round, c.Kind, List(c.Countries), Invariant($"programme={c.Programme}; trainees_per_country={c.TraineesPerCountry}")),
        MoratoriumLapse m => new EventRecord(m.Round, m.Kind, "all", "WTO moratorium on customs duties on electronic transmissions lapses"),
        _ => new EventRecord(scenarioEvent.Round, scenarioEvent.Kind, "", ""),
    };

    private static CountryState ApplyBarrierChange(CountryState state, BarrierChange change)
    {
        var current = state.Policy.Level(change.Measure);
        var level = change.Set ?? (current + (change.Add ?? 0.0));
        level = Measures.IsDigital(change.Measure) ? Math.Clamp(level, 0.0, 1.0) : Math.Max(0.0, level);
        return state with { Policy = state.Policy.WithLevel(change.Measure, level) };
    }

    private static CountryState ApplyShock(CountryState state, EndowmentShock shock)
    {
        var endowment = state.Endowment
            .Select((q, k) => shock.Sector is null || (int)shock.Sector == k ? q * shock.Factor : q)
            .ToImmutableArray();
        var other = shock.Sector is null ? state.OtherOutput * shock.Factor : state.OtherOutput;
        return state with { Endowment = endowment, OtherOutput = other };
    }

    private static CountryState ApplyCostChange(CountryState state, TradeCostChange change, IReadOnlyList<string> countries, ModelParameters parameters)
    {
        var shifts = state.InwardCostShift.ToBuilder();
        foreach (var sector in Sectors.All)
        {
            if (!change.CoversSector(sector))
            {
                continue;
            }

            // T = t^(−θ): multiplying t by f adds −θ ln f to ln T.
            var delta = -parameters.Theta[sector] * Math.Log(change.Factor);
            var row = shifts[(int)sector].ToBuilder();
            for (var i = 0; i < countries.Count; i++)
            {
                if (countries[i] != state.Iso3 && change.CoversExporter(countries[i]))
                {
                    row[i] += delta;
                }
            }

            shifts[(int)sector] = row.MoveToImmutable();
        }

        return state with { InwardCostShift = shifts.MoveToImmutable() };
    }

    private static string List(ImmutableArray<string> codes) => codes.IsDefaultOrEmpty ? "all" : string.Join(' ', codes);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
