using System.Collections.Immutable;
using DigitalTrade.Model.Calibration;

namespace DigitalTrade.Model.Equilibrium.MultiSector;

/// <summary>
/// How the observed sectors become the equilibrium's: trade elasticities, and the share of international goods
/// trade that takes the cross-border e-commerce channel with the elasticity between the two channels.
/// </summary>
/// <param name="GoodsTheta">θ of goods (both channels).</param>
/// <param name="DigitalTheta">θ of digitally delivered services.</param>
/// <param name="OtherServicesTheta">θ of other services.</param>
/// <param name="EcommerceShare">Share of each international goods flow that is cross-border e-commerce at the baseline (0 ≤ s &lt; 1).</param>
/// <param name="ChannelElasticity">η, how far buyers shift between the channels of a pair's goods trade.</param>
public sealed record EquilibriumSectorSpec(double GoodsTheta, double DigitalTheta, double OtherServicesTheta, double EcommerceShare, double ChannelElasticity);

/// <summary>
/// The tariffs of the baseline year on every route, importer's ad valorem rates [exporter, importer] over the
/// observed regions: goods by the conventional channel, parcels by e-commerce, and duties on electronic
/// transmissions on digitally delivered services; other services bear none.
/// </summary>
public sealed record RouteTariffs(double[,] Goods, double[,] Parcels, double[,] ElectronicDuties);

/// <summary>
/// Turns the observed baseline (flows at the exporter's FOB prices) into the multi-sector equilibrium's
/// baseline at buyer's prices (docs/model.md, "The multi-sector equilibrium with tariffs as taxes"): goods split
/// into a conventional and an e-commerce channel, each flow times one plus its tariff, so that every region's
/// factor income is its observed sales and every importer's revenue is its tariffs on its observed imports.
/// </summary>
public static class ObservedEquilibriumBaseline
{
    /// <summary>The channels of goods, in order.</summary>
    public static ImmutableArray<string> GoodsChannels { get; } = ["conventional", "ecommerce"];

    /// <summary>The equilibrium's sectors, in order: goods (two channels), digital, other services.</summary>
    public static ImmutableArray<SectorSpec> Sectors(EquilibriumSectorSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return
        [
            new SectorSpec("goods", spec.GoodsTheta, spec.ChannelElasticity, GoodsChannels),
            new SectorSpec("digital", spec.DigitalTheta, 1.0, ["all"]),
            new SectorSpec("other_services", spec.OtherServicesTheta, 1.0, ["all"]),
        ];
    }

    /// <summary>The equilibrium baseline of an observed world at its baseline year's tariffs.</summary>
    public static MultiSectorBaseline Create(ObservedBaseline observed, RouteTariffs tariffs, EquilibriumSectorSpec spec)
    {
        ArgumentNullException.ThrowIfNull(observed);
        return Create(
            observed.Sectors[(int)BaselineSector.Goods].FlowsUsdBn,
            observed.Sectors[(int)BaselineSector.Digital].FlowsUsdBn,
            observed.Sectors[(int)BaselineSector.OtherServices].FlowsUsdBn,
            tariffs,
            spec);
    }

    /// <summary>
    /// The equilibrium baseline of flows at the exporter's prices (FOB, domestic sales on the diagonal) of goods,
    /// digitally delivered services and other services, at the given tariffs.
    /// </summary>
    public static MultiSectorBaseline Create(double[,] goods, double[,] digital, double[,] otherServices, RouteTariffs tariffs, EquilibriumSectorSpec spec)
    {
        ArgumentNullException.ThrowIfNull(goods);
        ArgumentNullException.ThrowIfNull(digital);
        ArgumentNullException.ThrowIfNull(otherServices);
        ArgumentNullException.ThrowIfNull(tariffs);
        ArgumentNullException.ThrowIfNull(spec);
        if (!(spec.EcommerceShare >= 0.0 && spec.EcommerceShare < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(spec), spec.EcommerceShare, "the e-commerce share of goods trade must be in [0, 1)");
        }

        var n = goods.GetLength(0);
        var conventional = new double[n, n];
        var ecommerce = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                // Domestic sales are not cross-border e-commerce: they stay on the conventional channel.
                var (share, goodsTariff, parcelTariff) = i == j ? (0.0, 0.0, 0.0) : (spec.EcommerceShare, tariffs.Goods[i, j], tariffs.Parcels[i, j]);
                conventional[i, j] = goods[i, j] * (1.0 - share) * (1.0 + goodsTariff);
                ecommerce[i, j] = goods[i, j] * share * (1.0 + parcelTariff);
            }
        }

        var atBuyer = AtBuyerPrices(digital, tariffs.ElectronicDuties);
        var other = (double[,])otherServices.Clone();
        var none = new double[n, n];
        return MultiSectorBaseline.Create(
            Sectors(spec),
            [[conventional, ecommerce], [atBuyer], [other]],
            [[ZeroDiagonal(tariffs.Goods), ZeroDiagonal(tariffs.Parcels)], [ZeroDiagonal(tariffs.ElectronicDuties)], [none]]);
    }

    private static double[,] AtBuyerPrices(double[,] fob, double[,] tariff)
    {
        var n = fob.GetLength(0);
        var x = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                x[i, j] = fob[i, j] * (1.0 + (i == j ? 0.0 : tariff[i, j]));
            }
        }

        return x;
    }

    /// <summary>A copy with no tariff on domestic sales.</summary>
    private static double[,] ZeroDiagonal(double[,] tariff)
    {
        var t = (double[,])tariff.Clone();
        for (var i = 0; i < t.GetLength(0); i++)
        {
            t[i, i] = 0.0;
        }

        return t;
    }
}
