using System.Collections.Immutable;
using DigitalTrade.Model.Disputes;
using DigitalTrade.Model.Engine;
using DigitalTrade.Model.Events;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.State;
using DigitalTrade.Model.Trade;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Metrics;

/// <summary>Phase 6 of a round (DESIGN §4): turns the round's states and equilibrium into output rows, in canonical order.</summary>
public static class Recorder
{
    /// <summary>The report of one round, from the states the trade phase saw.</summary>
    public static RoundReport Record(
        int round,
        WorldGeometry world,
        IReadOnlyList<CountryState> states,
        TradeOutcome outcome,
        IEnumerable<EventRecord> events,
        ModelParameters parameters,
        CostContext context,
        DisputeRecord? disputes = null)
    {
        disputes ??= DisputeRecord.Empty;
        var records = events.ToImmutableArray();
        var latencies = context.LatencyMs;
        var n = world.Count;
        var countries = ImmutableArray.CreateBuilder<CountryRow>(n);
        var countrySectors = ImmutableArray.CreateBuilder<CountrySectorRow>(n * Sectors.Count);
        for (var i = 0; i < n; i++)
        {
            var state = states[i];
            var result = outcome.Countries[i];
            var output = state.OtherOutput + result.Output.Sum();
            var expenditure = state.OtherOutput + result.Expenditure.Sum();
            var baseline = round == 0 || state.BaselineRealIncome == 0.0 ? result.RealIncome : state.BaselineRealIncome;
            var exports = result.Exports.Sum();
            var imports = result.Imports.Sum();
            var policy = state.Policy;
            countries.Add(new CountryRow(
                round, state.Iso3, output, expenditure, result.RealIncome / baseline, state.PopulationM,
                exports, imports, exports - imports, expenditure / result.RealIncome, output * 1000.0 / state.PopulationM,
                state.Digital.Readiness, policy.DigitalRestrictiveness, policy.Level(Measure.GoodsTariff),
                policy.MoratoriumBinds ? 0.0 : policy.Level(Measure.ElectronicDuty)));
            foreach (var sector in Sectors.All)
            {
                var k = (int)sector;
                var solution = outcome.Sectors[k];
                countrySectors.Add(new CountrySectorRow(
                    round, state.Iso3, Sectors.Name(sector), result.Output[k], result.Exports[k], result.Imports[k],
                    solution.Flows[i, i], result.Expenditure[k], result.PriceIndex[k], solution.OutwardIndex[i], state.Endowment[k]));
            }
        }

        var pairs = ImmutableArray.CreateBuilder<PairRow>(n * (n - 1) * Sectors.Count);
        var sectorTrade = new double[Sectors.Count];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i == j)
                {
                    continue;
                }

                var latency = latencies is null ? double.NaN : latencies[i, j];
                foreach (var sector in Sectors.All)
                {
                    var k = (int)sector;
                    var flow = outcome.Sectors[k].Flows[i, j];
                    sectorTrade[k] += flow;
                    pairs.Add(new PairRow(
                        round, world.Iso3[i], world.Iso3[j], Sectors.Name(sector), flow,
                        TradeCosts.Iceberg(outcome.TradeCost[k][i, j], parameters.Theta[sector]), latency, world.DistanceKm[i, j]));
                }
            }
        }

        var total = sectorTrade.Sum();
        var worldRow = new WorldRow(
            round, total, sectorTrade[0], sectorTrade[1], sectorTrade[2],
            total > 0 ? (sectorTrade[1] + sectorTrade[2]) / total : 0.0,
            outcome.Countries.Select((c, i) => states[i].OtherOutput + c.Output.Sum()).Sum(),
            outcome.Sectors.Max(s => s.Iterations),
            outcome.Sectors.Max(s => s.MaxResidual),
            Gini.Of([.. states.Select(s => s.Digital.Readiness)]),
            Gini.Of([.. outcome.Countries.Select((c, i) => c.Output[(int)Sector.Digital] * 1000.0 / states[i].PopulationM)]),
            states.Average(s => s.Policy.DigitalRestrictiveness),
            records.Count(r => r.Kind == RunEvents.PolicyKind),
            records.Count(r => r.Kind == RunEvents.CommitmentKind && r.Detail.EndsWith("outcome=violated", StringComparison.Ordinal)))
        {
            DisputesFiled = disputes.Filed,
            OpenDisputes = disputes.Open,
        };

        return new RoundReport(
            round, countries.MoveToImmutable(), countrySectors.MoveToImmutable(), pairs.MoveToImmutable(), worldRow, records)
        {
            DisputeStages = disputes.Stages,
            Disputes = disputes.Disputes,
        };
    }
}
