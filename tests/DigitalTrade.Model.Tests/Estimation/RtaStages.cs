using System.Globalization;
using DigitalTrade.Model.Estimation;

namespace DigitalTrade.Model.Tests.Estimation;

/// <summary>
/// The two estimation stages of AGTPA chapter 2, application 2 (removing NAFTA), as RTAsEffects.do
/// specifies them, fitted once for all the tests that check them.
/// </summary>
internal static class RtaStages
{
    /// <summary>Name of the pair group that all domestic flows share (the omitted pair dummy).</summary>
    public const string Domestic = "domestic";

    private static readonly Lazy<(PpmlProblem Problem, PpmlResult Result, string[] Pairs)> LazyStage1 = new(FitStage1);
    private static readonly Lazy<(PpmlResult Result, string[] Exporters, string[] Importers)> LazyStage2 = new(FitStage2);

    /// <summary>Stage 1 result and the pair key of each pair group (pair_id, or "domestic").</summary>
    public static (PpmlProblem Problem, PpmlResult Result, string[] Pairs) Stage1 => LazyStage1.Value;

    /// <summary>Stage 2 result and the country of each exporter and importer group.</summary>
    public static (PpmlResult Result, string[] Exporters, string[] Importers) Stage2 => LazyStage2.Value;

    /// <summary>
    /// Stage 1: <c>trade ~ RTA + exporter×year + importer×year + pair</c> on the six-year panel, pair
    /// effects by symmetric pair_id with every domestic flow in one omitted group, DEU the omitted
    /// importer in each year (Stata's parametrisation), semirobust standard errors.
    /// </summary>
    private static (PpmlProblem, PpmlResult, string[]) FitStage1()
    {
        var data = AgtpaData.All;
        var rows = Enumerable.Range(0, data.Count).ToArray();
        var (exporterYear, _) = AgtpaData.Groups(rows.Select(i => $"{data.Exporter[i]}|{data.Year[i]}"));
        var (importerYear, importerYearKeys) = AgtpaData.Groups(rows.Select(i => $"{data.Importer[i]}|{data.Year[i]}"));
        var (pairs, pairKeys) = AgtpaData.Groups(rows.Select(PairKey));
        var germany = Enumerable.Range(0, importerYearKeys.Length).Where(g => importerYearKeys[g].StartsWith("DEU|", StringComparison.Ordinal));
        var problem = new PpmlProblem(
            data.Trade,
            ["RTA"],
            [data.Rta],
            null,
            [
                new FixedEffect("exporter_year", exporterYear),
                new FixedEffect("importer_year", importerYear, [.. germany]),
                new FixedEffect("pair", pairs, Array.IndexOf(pairKeys, Domestic)),
            ]);
        return (problem, Ppml.Fit(problem), pairKeys);
    }

    /// <summary>Pair key of a row: its symmetric pair_id, or the shared domestic key.</summary>
    private static string PairKey(int row)
    {
        var data = AgtpaData.All;
        return data.Exporter[row] == data.Importer[row] ? Domestic : data.PairId[row].ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Stage 2: 1994 international flows whose pair has an estimated effect γ:
    /// <c>exp(γ) ~ exporter + importer + ln DIST + CNTG + LANG + CLNY</c>, clustered by pair_id.
    /// The do-file stores γ by replacing the byte PAIR_FE dummies with dummy × _b[PAIR_FE], which Stata
    /// keeps in single precision, so γ is rounded to float here as there. With γ in double precision
    /// CLNY comes out 0.23941636 against the printed 0.2394163; every other digit is unaffected.
    /// </summary>
    private static (PpmlResult, string[], string[]) FitStage2()
    {
        var data = AgtpaData.All;
        var (problem1, stage1, pairKeys) = Stage1;
        var pair = stage1.Effects("pair");
        var pairGroups = problem1.FixedEffects[2].Groups;
        var rows = data.RowsOf(1994).Where(i => data.Exporter[i] != data.Importer[i] && pair.Present[pairGroups[i]]).ToArray();
        var (exporters, exporterKeys) = AgtpaData.Groups(AgtpaData.At(data.Exporter, rows));
        var (importers, importerKeys) = AgtpaData.Groups(AgtpaData.At(data.Importer, rows));
        var problem = new PpmlProblem(
            [.. rows.Select(i => Math.Exp((float)pair.Values[pairGroups[i]]))],
            ["ln_DIST", "CNTG", "LANG", "CLNY"],
            [
                [.. rows.Select(i => Math.Log(data.Dist[i]))],
                AgtpaData.At(data.Cntg, rows),
                AgtpaData.At(data.Lang, rows),
                AgtpaData.At(data.Clny, rows),
            ],
            null,
            [new FixedEffect("exporter", exporters), new FixedEffect("importer", importers)],
            AgtpaData.At(data.PairId, rows));
        Assert.Equal(pairKeys.Length, pair.Values.Length);
        return (Ppml.Fit(problem), exporterKeys, importerKeys);
    }

    /// <summary>
    /// ln t_ij^BLN of a 1994 row (gravity-methods.md §3 A): 0 + β_RTA·RTA for domestic pairs,
    /// γ_ij + β_RTA·RTA where stage 1 estimated γ (single precision, as in the do-file), and otherwise the
    /// stage-2 prediction exp(exporter + importer + gravity terms) in place of exp(γ).
    /// </summary>
    public static double LnTradeCostBaseline(int row)
    {
        var data = AgtpaData.All;
        var (problem1, stage1, _) = Stage1;
        var pair = stage1.Effects("pair");
        var group = problem1.FixedEffects[2].Groups[row];
        var rta = stage1.Coefficient("RTA") * data.Rta[row];
        if (data.Exporter[row] == data.Importer[row])
        {
            return rta;
        }

        if (pair.Present[group])
        {
            return (float)pair.Values[group] + rta;
        }

        var (stage2, exporters, importers) = Stage2;
        var predicted = stage2.Effects("exporter").Values[Array.IndexOf(exporters, data.Exporter[row])]
            + stage2.Effects("importer").Values[Array.IndexOf(importers, data.Importer[row])]
            + (stage2.Coefficient("ln_DIST") * Math.Log(data.Dist[row]))
            + (stage2.Coefficient("CNTG") * data.Cntg[row])
            + (stage2.Coefficient("LANG") * data.Lang[row])
            + (stage2.Coefficient("CLNY") * data.Clny[row]);
        return predicted + rta;
    }
}
