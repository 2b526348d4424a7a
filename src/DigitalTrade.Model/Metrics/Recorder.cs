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

/// <summary>Phase 6 of a round (DESIGN §4): turns the round's states and equilibrium into output rows, members in canonical order, then the rest of the world.</summary>
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
        var regions = outcome.Regions;
        var r = regions.Length;
        var countries = ImmutableArray.CreateBuilder<CountryRow>(r);
        var countrySectors = ImmutableArray.CreateBuilder<CountrySectorRow>(r * Sectors.Count);
        for (var i = 0; i < r; i++)
        {
            var result = outcome.Countries[i];
            var state = i < n ? states[i] : null;
            var exports = result.Exports.Sum();
            var imports = result.Imports.Sum();
            var balance = exports - imports;
            var baseline = state is null ? result.BaselineGdp
                : round == 0 || state.BaselineRealIncome == 0.0 ? result.RealIncome : state.BaselineRealIncome;
            var policy = state?.Policy;
            countries.Add(new CountryRow(
                round, regions[i], result.Gdp, result.Gdp - balance, result.RealIncome / baseline, state?.PopulationM,
                exports, imports, balance, result.PriceChange, state is null ? null : result.Gdp * 1000.0 / state.PopulationM,
                state?.Digital.Readiness, policy?.DigitalRestrictiveness,
                policy?.Level(Measure.GoodsTariff) ?? parameters.Equilibrium.RestOfWorldTariff,
                policy is null || policy.MoratoriumBinds ? 0.0 : policy.Level(Measure.ElectronicDuty),
                result.TariffRevenue, result.DutyRevenue));
            foreach (var sector in Sectors.All)
            {
                var k = (int)sector;
                var solution = outcome.Sectors[k];
                countrySectors.Add(new CountrySectorRow(
                    round, regions[i], Sectors.Name(sector), result.Output[k], result.Exports[k], result.Imports[k],
                    solution.Flows[i, i], result.Expenditure[k], result.PriceIndex[k], solution.FactoryPrice[i], state?.Endowment[k]));
            }
        }

        var pairs = ImmutableArray.CreateBuilder<PairRow>(r * (r - 1) * Sectors.Count);
        var sectorTrade = new double[Sectors.Count];
        for (var i = 0; i < r; i++)
        {
            for (var j = 0; j < r; j++)
            {
                if (i == j)
                {
                    continue;
                }

                var members = i < n && j < n;
                double? latency = members && latencies is not null ? latencies[i, j] : null;
                double? distance = members ? world.DistanceKm[i, j] : null;
                foreach (var sector in Sectors.All)
                {
                    var k = (int)sector;
                    var solution = outcome.Sectors[k];
                    var flow = solution.Flows[i, j];
                    sectorTrade[k] += flow;
                    double? cost = members ? TradeCosts.Iceberg(outcome.TradeCost[k][i, j], TradePhase.EquilibriumTheta(parameters, sector)) : null;
                    pairs.Add(new PairRow(round, regions[i], regions[j], Sectors.Name(sector), flow, cost, solution.TaxRate[i, j], latency, distance));
                }
            }
        }

        var total = sectorTrade.Sum();
        var e = sectorTrade[(int)Sector.Ecommerce];
        var d = sectorTrade[(int)Sector.Digital];
        var first = outcome.Sectors[0];
        var worldRow = new WorldRow(
            round, total, sectorTrade[(int)Sector.Goods] + e, e, d, sectorTrade[(int)Sector.OtherServices],
            total > 0 ? (e + d) / total : 0.0,
            outcome.Countries.Sum(c => c.Gdp),
            first.Iterations,
            first.MaxResidual,
            Gini.Of([.. states.Select(s => s.Digital.Readiness)]),
            Gini.Of([.. Enumerable.Range(0, n).Select(i => outcome.Countries[i].Output[(int)Sector.Digital] * 1000.0 / states[i].PopulationM)]),
            states.Average(s => s.Policy.DigitalRestrictiveness),
            records.Count(x => x.Kind == RunEvents.PolicyKind),
            records.Count(x => x.Kind == RunEvents.CommitmentKind && x.Detail.EndsWith("outcome=violated", StringComparison.Ordinal)))
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
