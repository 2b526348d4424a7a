using System.Collections.Immutable;
using DigitalTrade.Model.Agreements;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.State;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Trade;

/// <summary>
/// Builds the trade-cost matrix T_ij = t_ij^(−θ) of each sector (DESIGN §5.3) in the PPML scale, for
/// exporter i and importer j, T_ii = 1:
/// <code>
/// ln T_ij^k = β_dist ln(d_ij / d_ref) + β_contig contig + β_lang lang + β_border
///           + β_rta^k phase_ij + β_lat^k ln(ℓ_ij / ℓ_ref) + β_bar^k Σ_m w_m^k B_ij,m
///           + β_regime[r] 1[regime_i = regime_j = r] (digital) + β_mou^k MoU_ij + β_zone^k Zone_i
///           + β_paper^k min(A_i, A_j) + β_pay^k Pay_ij + β_ready^k (ln R_i + ln R_j)
///           − θ_k ln(1 + rate_ij^k) − θ_goods ln(1 + surcharge_ij) + shift_ij^k
/// </code>
/// B_ij,m is importer j's effective level of measure m against i after the bindings that hold; the rate is
/// the effective goods tariff (goods), parcel tariff (e-commerce) or duty on electronic transmissions
/// (digital); shift is what trade-cost events set.
/// </summary>
public static class TradeCosts
{
    /// <summary>The part of ln T_ij that the fixed geography determines (0 on the diagonal).</summary>
    public static double GeographicLogCost(WorldGeometry world, int i, int j, TradeCostCoefficients beta)
    {
        if (i == j)
        {
            return 0.0;
        }

        return (beta.Distance * Math.Log(world.DistanceKm[i, j] / beta.ReferenceDistanceKm))
             + (world.Contiguous[i, j] ? beta.Contiguity : 0.0)
             + (world.CommonLanguage[i, j] ? beta.CommonLanguage : 0.0)
             + beta.Border;
    }

    /// <summary>T for one sector without network or agreements (<see cref="CostContext.Neutral"/>).</summary>
    public static double[,] Build(WorldGeometry world, IReadOnlyList<CountryState> states, Sector sector, ModelParameters parameters) =>
        BuildAll(world, states, parameters, CostContext.Neutral)[(int)sector];

    /// <summary>T for every sector, exporters in rows and importers in columns, canonical order, tariffs and duties included.</summary>
    public static ImmutableArray<double[,]> BuildAll(
        WorldGeometry world, IReadOnlyList<CountryState> states, ModelParameters parameters, CostContext context) =>
        BuildAll(world, states, parameters, context, withTaxes: true);

    /// <summary>
    /// T for every sector; without taxes it is the non-tax (iceberg) part the equilibrium moves routes by, the tariffs,
    /// surcharges and duties being taxes there (<see cref="TradeTaxes"/>).
    /// </summary>
    public static ImmutableArray<double[,]> BuildAll(
        WorldGeometry world, IReadOnlyList<CountryState> states, ModelParameters parameters, CostContext context, bool withTaxes)
    {
        var n = world.Count;
        var beta = parameters.DigitalCosts;
        var round = context.Round;
        var effective = new double[n][,];
        var logReadiness = new double[n];
        for (var j = 0; j < n; j++)
        {
            effective[j] = states[j].Policy.EffectiveMatrix(world.Iso3, round);
            logReadiness[j] = Math.Log(states[j].Digital.Readiness);
        }

        var (rta, mou) = AgreementTerms(world, context);
        var costs = ImmutableArray.CreateBuilder<double[,]>(Sectors.Count);
        foreach (var sector in Sectors.All)
        {
            var k = (int)sector;
            var theta = parameters.Theta[sector];
            var weights = sector == Sector.Ecommerce ? beta.EcommerceWeights : beta.DigitalWeights;
            var rateMeasure = withTaxes ? TradeTaxes.RateMeasure(sector) : null;
            var t = new double[n, n];
            for (var i = 0; i < n; i++)
            {
                var exporter = states[i];
                for (var j = 0; j < n; j++)
                {
                    if (i == j)
                    {
                        t[i, j] = 1.0;
                        continue;
                    }

                    var importer = states[j];
                    var e = effective[j];
                    var log = GeographicLogCost(world, i, j, parameters.TradeCosts) + importer.InwardCostShift[k][i];
                    log += beta.Rta[sector] * rta[i, j];
                    if (context.LatencyMs is { } latency && beta.Latency[sector] != 0.0)
                    {
                        log += beta.Latency[sector] * Math.Log(latency[i, j] / parameters.Latency.ReferenceMs);
                    }

                    if (sector != Sector.Goods && beta.Restrictiveness[sector] != 0.0)
                    {
                        var restrictiveness = 0.0;
                        for (var m = 0; m < Measures.DigitalCount; m++)
                        {
                            restrictiveness += weights[m] * e[m, i];
                        }

                        log += beta.Restrictiveness[sector] * restrictiveness;
                    }

                    if (sector == Sector.Digital && exporter.Policy.DataRegime == importer.Policy.DataRegime)
                    {
                        log += beta.RegimeSimilarity[importer.Policy.DataRegime];
                    }

                    log += (mou[i, j] ? beta.Mou[sector] : 0.0)
                         + (exporter.Digital.PilotZone ? beta.PilotZone[sector] : 0.0)
                         + (beta.Paperless[sector] * Math.Min(exporter.Digital.Paperless, importer.Digital.Paperless))
                         + (importer.Digital.PaysWith(exporter.Iso3) ? beta.PaymentInteroperability[sector] : 0.0)
                         + (beta.Readiness[sector] * (logReadiness[i] + logReadiness[j]));
                    if (rateMeasure is { } rate)
                    {
                        log -= theta * Math.Log(1.0 + e[(int)rate, i]);
                    }

                    if (withTaxes && sector == Sector.Goods && !importer.Policy.Surcharges.IsDefaultOrEmpty)
                    {
                        log -= theta * Math.Log(1.0 + importer.Policy.SurchargeOn(exporter.Iso3)); // authorised retaliation
                    }
                    t[i, j] = Math.Exp(log);
                }
            }

            costs.Add(t);
        }

        return costs.MoveToImmutable();
    }

    /// <summary>
    /// The RTA phase of each pair (the largest among the FTAs with an RTA effect that cover it, phased in
    /// over the tariff schedule's rounds) and whether an MoU covers it.
    /// </summary>
    public static (double[,] Rta, bool[,] Mou) AgreementTerms(WorldGeometry world, CostContext context)
    {
        var n = world.Count;
        var rta = new double[n, n];
        var mou = new bool[n, n];
        foreach (var agreement in context.Agreements)
        {
            if (agreement.Kind != AgreementKind.Mou && !agreement.RtaEffect)
            {
                continue;
            }

            var members = agreement.Members.Where(m => world.Contains(m.Iso3)).Select(m => world.IndexOf(m.Iso3)).ToArray();
            foreach (var a in members)
            {
                foreach (var b in members)
                {
                    if (agreement.PairStart(world.Iso3[a], world.Iso3[b]) is not { } start || start > context.Round)
                    {
                        continue;
                    }

                    if (agreement.Kind == AgreementKind.Mou)
                    {
                        mou[a, b] = true;
                    }
                    else
                    {
                        rta[a, b] = Math.Max(rta[a, b], TariffSchedule.Phase(context.Round, start, agreement.TariffPhaseInRounds));
                    }
                }
            }
        }

        return (rta, mou);
    }

    /// <summary>The iceberg cost t_ij ≥ 1 that corresponds to T_ij for trade elasticity θ.</summary>
    public static double Iceberg(double powerCost, double theta) => Math.Pow(powerCost, -1.0 / theta);
}
