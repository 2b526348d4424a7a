using System.Collections.Immutable;
using System.Text.Json.Nodes;
using DigitalTrade.Model.Policy;
using DigitalTrade.Model.World;
using DigitalTrade.Scenarios.Yaml;

namespace DigitalTrade.Scenarios;

/// <summary>
/// Resolves <c>barriers:</c> into one <see cref="CountrySetup"/> per country of the scenario, in its order.
/// Each value is the country's override, else <c>barriers.defaults</c>, else <see cref="BarrierDefaults"/>;
/// goods tariffs take the MFN average of the policy data before the defaults, and parcel tariffs fall back
/// to the country's goods tariff. A restrictiveness mapping replaces only the measures it names.
/// </summary>
internal static class SetupMapper
{
    private const string Defaults = "/barriers/defaults";

    public static ImmutableArray<CountrySetup> Map(JsonNode root, ImmutableArray<CountryProfile> countries)
    {
        var restrictiveness = Restrictiveness(root, Defaults + "/restrictiveness", [.. Enumerable.Repeat(BarrierDefaults.Restrictiveness, Measures.DigitalCount)]);
        return [.. countries.Select(c => Setup(root, c, restrictiveness))];
    }

    private static CountrySetup Setup(JsonNode root, CountryProfile country, double[] defaultRestrictiveness)
    {
        var own = Pointer.Child("/barriers/countries", country.Iso3);
        double? Number(string key) => TreeValues.Number(root, Pointer.Child(own, key)) ?? TreeValues.Number(root, Pointer.Child(Defaults, key));

        var goods = TreeValues.Number(root, own + "/goods_tariff")
            ?? country.MfnTariffPct / 100.0
            ?? TreeValues.Number(root, Defaults + "/goods_tariff")
            ?? BarrierDefaults.GoodsTariff;
        var levels = new double[Measures.Count];
        Restrictiveness(root, own + "/restrictiveness", defaultRestrictiveness).CopyTo(levels, 0);
        levels[(int)Measure.GoodsTariff] = goods;
        levels[(int)Measure.ParcelTariff] = Number("parcel_tariff") ?? BarrierDefaults.ParcelTariff ?? goods;
        levels[(int)Measure.ElectronicDuty] = Number("electronic_duty") ?? BarrierDefaults.ElectronicDuty;

        var regime = (TreeValues.String(root, own + "/data_regime") ?? TreeValues.String(root, Defaults + "/data_regime")) is { } name
            ? DataRegimes.Parse(name)!.Value
            : BarrierDefaults.DataRegime;
        var pilotZone = TreeValues.Boolean(root, own + "/pilot_zone") ?? TreeValues.Boolean(root, Defaults + "/pilot_zone") ?? BarrierDefaults.PilotZone;
        return new CountrySetup(
            country.Iso3,
            [.. levels],
            regime,
            Number("sovereignty") ?? BarrierDefaults.Sovereignty,
            country.WtoMember,
            Number("paperless") ?? BarrierDefaults.Paperless,
            pilotZone,
            TreeValues.Number(root, own + "/readiness"));
    }

    /// <summary>The five digital levels: a number sets them all, a mapping the measures it names, on top of <paramref name="under"/>.</summary>
    private static double[] Restrictiveness(JsonNode root, string pointer, double[] under)
    {
        var levels = (double[])under.Clone();
        if (TreeValues.Number(root, pointer) is { } all)
        {
            Array.Fill(levels, all);
        }
        else if (TreeValues.At(root, pointer) is JsonObject named)
        {
            foreach (var (key, value) in named)
            {
                levels[(int)Measures.Parse(key)!.Value] = TreeValues.Number(value)!.Value;
            }
        }

        return levels;
    }
}
