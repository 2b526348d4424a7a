using System.Globalization;
using DigitalTrade.Model.Equilibrium;
using DigitalTrade.Model.Estimation;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Trade;

namespace DigitalTrade.Model.Tests.Equilibrium;

/// <summary>
/// AGTPA chapter 2, application 2 (removing NAFTA) as RTAsEffects.do builds it (gravity-methods.md
/// §3 A): stage-1 PPML on the 1986–2006 panel for β_RTA and the pair effects, stage-2 PPML filling the
/// 14 missing 1994 costs, the 1994 baseline as the RAS of t_BLN to the observed margins, then the
/// book's procedure with RTA set to 0 among CAN, MEX and USA.
/// </summary>
internal sealed class RemovingNafta
{
    public const double Sigma = 7.0;
    private const string Domestic = "domestic";
    private static readonly string[] Members = ["CAN", "MEX", "USA"];
    private static readonly Lazy<RemovingNafta> Instance = new(() => new RemovingNafta());

    private RemovingNafta()
    {
        var path = Path.Combine(RepositoryPaths.Scenarios, "ge", "data", "agtpa_ch2_trade_1986-2006_4yr.csv");
        var rows = File.ReadAllLines(path).Skip(1).Select(l => l.Split(',')).ToArray();
        var exporter = rows.Select(r => r[0]).ToArray();
        var importer = rows.Select(r => r[1]).ToArray();
        var year = rows.Select(r => r[3]).ToArray();
        var trade = rows.Select(r => Number(r[4])).ToArray();
        var rta = rows.Select(r => Number(r[9])).ToArray();
        var pairKey = rows.Select(r => r[0] == r[1] ? Domestic : r[2]).ToArray();

        var (exporterYear, _) = Groups(exporter.Zip(year, (e, y) => $"{e}|{y}"));
        var (importerYear, importerYearKeys) = Groups(importer.Zip(year, (m, y) => $"{m}|{y}"));
        var (pairs, pairKeys) = Groups(pairKey);
        var stage1 = Ppml.Fit(new PpmlProblem(
            trade,
            ["RTA"],
            [rta],
            null,
            [
                new FixedEffect("exporter_year", exporterYear),
                new FixedEffect("importer_year", importerYear, [.. Enumerable.Range(0, importerYearKeys.Length).Where(g => importerYearKeys[g].StartsWith("DEU|", StringComparison.Ordinal))]),
                new FixedEffect("pair", pairs, Array.IndexOf(pairKeys, Domestic)),
            ]));
        RtaEffect = stage1.Coefficient("RTA");
        var gamma = stage1.Effects("pair");

        var baseline = Enumerable.Range(0, rows.Length).Where(i => year[i] == "1994").ToArray();
        Countries = [.. baseline.Select(i => exporter[i]).Distinct().OrderBy(c => c, StringComparer.Ordinal)];
        var n = Countries.Length;
        var index = Countries.Select((c, k) => (c, k)).ToDictionary(p => p.c, p => p.k);
        var fill = FillMissingCosts(rows, baseline, pairs, gamma);
        var observed = new double[n, n];
        CostBaseline = new double[n, n];
        CostCounterfactual = new double[n, n];
        foreach (var r in baseline)
        {
            int i = index[exporter[r]], j = index[importer[r]];
            observed[i, j] = trade[r];
            var bar = gamma.Present[pairs[r]] ? Math.Exp(gamma.Values[pairs[r]]) : fill[r];
            var removed = Members.Contains(exporter[r]) && Members.Contains(importer[r]) && i != j;
            CostBaseline[i, j] = bar * Math.Exp(RtaEffect * rta[r]);
            CostCounterfactual[i, j] = bar * Math.Exp(RtaEffect * (removed ? 0.0 : rta[r]));
        }

        MissingCosts = fill.Count;
        Reference = index["DEU"];
        BaselineFlows = ConditionalEquilibrium.Solve(
            CostBaseline, SmallEconomy.RowSums(observed), SmallEconomy.ColumnSums(observed), Reference, new SolverParameters { Tolerance = 1e-13 }).Flows;
        BookResult = AgtpaProcedure.Run(BaselineFlows, CostBaseline, CostCounterfactual, Sigma, Reference);
    }

    public static RemovingNafta Data => Instance.Value;

    public string[] Countries { get; }

    public int Reference { get; }

    public double RtaEffect { get; }

    /// <summary>How many 1994 costs stage 2 had to fill (the 7 never-trading pairs, both directions).</summary>
    public int MissingCosts { get; }

    public double[,] CostBaseline { get; }

    public double[,] CostCounterfactual { get; }

    public double[,] BaselineFlows { get; }

    public AgtpaResult BookResult { get; }

    /// <summary>
    /// Stage 2: PPML of exp(γ) on exporter and importer effects, ln DIST, CNTG, LANG and CLNY over the
    /// 1994 international pairs that have γ; returns its prediction for each 1994 row without γ.
    /// </summary>
    private static Dictionary<int, double> FillMissingCosts(string[][] rows, int[] baseline, int[] pairs, FixedEffectEstimates gamma)
    {
        var sample = baseline.Where(i => rows[i][0] != rows[i][1] && gamma.Present[pairs[i]]).ToArray();
        var missing = baseline.Where(i => rows[i][0] != rows[i][1] && !gamma.Present[pairs[i]]).ToArray();
        var (exporters, exporterKeys) = Groups(sample.Select(i => rows[i][0]));
        var (importers, importerKeys) = Groups(sample.Select(i => rows[i][1]));
        double[] Covariates(int i) => [Math.Log(Number(rows[i][5])), Number(rows[i][6]), Number(rows[i][7]), Number(rows[i][8])];
        var x = sample.Select(Covariates).ToArray();
        var stage2 = Ppml.Fit(new PpmlProblem(
            [.. sample.Select(i => Math.Exp(gamma.Values[pairs[i]]))],
            ["ln_DIST", "CNTG", "LANG", "CLNY"],
            [.. Enumerable.Range(0, 4).Select(k => x.Select(v => v[k]).ToArray())],
            null,
            [new FixedEffect("exporter", exporters), new FixedEffect("importer", importers)]));
        var fill = new Dictionary<int, double>();
        foreach (var i in missing)
        {
            var eta = stage2.Effects("exporter").Values[Array.IndexOf(exporterKeys, rows[i][0])]
                + stage2.Effects("importer").Values[Array.IndexOf(importerKeys, rows[i][1])];
            var c = Covariates(i);
            for (var k = 0; k < 4; k++)
            {
                eta += stage2.Coefficients[k] * c[k];
            }

            fill[i] = Math.Exp(eta);
        }

        return fill;
    }

    private static double Number(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static (int[] Groups, string[] Keys) Groups(IEnumerable<string> keys)
    {
        var list = keys.ToArray();
        var sorted = list.Distinct().OrderBy(k => k, StringComparer.Ordinal).ToArray();
        var index = sorted.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i);
        return ([.. list.Select(k => index[k])], sorted);
    }
}
