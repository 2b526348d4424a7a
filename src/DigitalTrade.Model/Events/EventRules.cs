using System.Collections.Immutable;
using System.Globalization;
using DigitalTrade.Model.Parameters;
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
        _ => new EventRecord(scenarioEvent.Round, scenarioEvent.Kind, "", ""),
    };

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
