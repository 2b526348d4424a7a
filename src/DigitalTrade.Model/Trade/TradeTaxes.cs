using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.State;
using DigitalTrade.Model.World;

namespace DigitalTrade.Model.Trade;

/// <summary>
/// The ad valorem taxes on each route of a round (docs/model.md, "Tariffs and duties are taxes"): the importer's
/// effective goods tariff times its retaliatory surcharges on the conventional channel, its parcel tariff on the
/// e-commerce channel, its duty on electronic transmissions on digitally delivered services, nothing on other
/// services. The rest of the world, when the run has it, faces each member's applied (MFN) levels and levies the
/// fixed tariff of <see cref="EquilibriumParameters.RestOfWorldTariff"/> on goods and no duty.
/// </summary>
public static class TradeTaxes
{
    /// <summary>The measure whose level is a sector's ad valorem rate; null for other services, which bear none.</summary>
    public static Measure? RateMeasure(Sector sector) => sector switch
    {
        Sector.Goods => Measure.GoodsTariff,
        Sector.Ecommerce => Measure.ParcelTariff,
        Sector.Digital => Measure.ElectronicDuty,
        _ => null,
    };

    /// <summary>
    /// The rates [sector][exporter, importer] over the regions: the members in canonical order, then the rest of the
    /// world when <paramref name="restOfWorld"/> holds. Domestic sales bear none.
    /// </summary>
    public static double[][,] Build(
        WorldGeometry world, IReadOnlyList<CountryState> states, int round, bool restOfWorld, EquilibriumParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var n = world.Count;
        var regions = n + (restOfWorld ? 1 : 0);
        var rates = new double[Sectors.Count][,];
        for (var k = 0; k < Sectors.Count; k++)
        {
            rates[k] = new double[regions, regions];
        }

        for (var j = 0; j < n; j++)
        {
            var policy = states[j].Policy;
            var effective = policy.EffectiveMatrix(world.Iso3, round);
            for (var i = 0; i < n; i++)
            {
                if (i == j)
                {
                    continue;
                }

                var surcharge = policy.Surcharges.IsDefaultOrEmpty ? 0.0 : policy.SurchargeOn(world.Iso3[i]);
                rates[(int)Sector.Goods][i, j] = ((1.0 + effective[(int)Measure.GoodsTariff, i]) * (1.0 + surcharge)) - 1.0;
                rates[(int)Sector.Ecommerce][i, j] = effective[(int)Measure.ParcelTariff, i];
                rates[(int)Sector.Digital][i, j] = effective[(int)Measure.ElectronicDuty, i];
            }

            if (restOfWorld)
            {
                // No member binds itself towards the rest of the world: it faces the applied levels.
                rates[(int)Sector.Goods][n, j] = policy.Effective(Measure.GoodsTariff, RestOfWorld.Code, round);
                rates[(int)Sector.Ecommerce][n, j] = policy.Effective(Measure.ParcelTariff, RestOfWorld.Code, round);
                rates[(int)Sector.Digital][n, j] = policy.Effective(Measure.ElectronicDuty, RestOfWorld.Code, round);
            }
        }

        if (restOfWorld)
        {
            for (var i = 0; i < n; i++)
            {
                rates[(int)Sector.Goods][i, n] = parameters.RestOfWorldTariff;
                rates[(int)Sector.Ecommerce][i, n] = parameters.RestOfWorldTariff;
            }
        }

        return rates;
    }
}

/// <summary>The rest of the world: the region the observed baseline adds after the scenario's countries.</summary>
public static class RestOfWorld
{
    /// <summary>Its code in every table.</summary>
    public const string Code = "ROW";
}
