namespace DigitalTrade.Model.Equilibrium;

/// <summary>The full-endowment quantities and report ratios at the end of the book's procedure (§5.2, §6 B).</summary>
internal static class AgtpaFinal
{
    /// <summary>p̂, Y^F, E^F, OMR^F, IMR^F (with E^S), X^F and exports^F from the last round S.</summary>
    public static AgtpaFullEndowment Build(AgtpaState baseline, AgtpaState last, double[,] tCounterfactual, double[] phi, double sigma, int reference)
    {
        var n = phi.Length;
        var toIndex = 1.0 / (1.0 - sigma);
        var eRLast = last.ReferenceExpenditure(reference);
        var scale = eRLast / baseline.ReferenceExpenditure(reference);
        var price = new double[n];
        var output = new double[n];
        var spend = new double[n];
        var outward = new double[n];
        var inward = new double[n];
        for (var i = 0; i < n; i++)
        {
            price[i] = Math.Pow(last.ExporterEffect[i] / baseline.ExporterEffect[i] / scale, toIndex);
            output[i] = price[i] * baseline.Output[i];
            spend[i] = phi[i] * output[i];
            outward[i] = output[i] * eRLast / last.ExporterEffect[i];
            inward[i] = last.Expenditure[i] / (last.ImporterEffect[i] * eRLast);
        }

        var flows = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                flows[i, j] = output[i] * spend[j] * tCounterfactual[i, j] / (inward[j] * outward[i]);
            }
        }

        return new AgtpaFullEndowment(price, output, spend, outward, inward, flows, FlowMatrix.Exports(flows));
    }

    /// <summary>The §6 B ratios: cdl = k = 1 quantities, full = the F quantities, both over k = 0.</summary>
    public static GeChangeRatios Ratios(AgtpaState baseline, AgtpaState conditional, AgtpaFullEndowment full, double sigma)
    {
        var toIndex = 1.0 / (1.0 - sigma);
        var exports = FlowMatrix.Exports(baseline.Flows);
        var inwardFull = FlowMatrix.PowerRatio(full.InwardResistance, baseline.InwardResistance, toIndex);
        var realGdp = new double[exports.Length];
        for (var i = 0; i < realGdp.Length; i++)
        {
            realGdp[i] = full.Output[i] / baseline.Output[i] / inwardFull[i];
        }

        return new GeChangeRatios(
            FlowMatrix.Ratio(FlowMatrix.Exports(conditional.Flows), exports),
            FlowMatrix.Ratio(full.Exports, exports),
            full.PriceChange,
            FlowMatrix.PowerRatio(conditional.InwardResistance, baseline.InwardResistance, toIndex),
            inwardFull,
            FlowMatrix.PowerRatio(conditional.OutwardResistance, baseline.OutwardResistance, toIndex),
            FlowMatrix.PowerRatio(full.OutwardResistance, baseline.OutwardResistance, toIndex),
            realGdp,
            realGdp);
    }
}
