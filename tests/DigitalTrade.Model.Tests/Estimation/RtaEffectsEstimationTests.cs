using DigitalTrade.Model.Estimation;

namespace DigitalTrade.Model.Tests.Estimation;

/// <summary>
/// AGTPA chapter 2, application 2 (removing NAFTA), both estimation stages against the published
/// log RTAsEffects.log in pachadotdev/tradepolicy
/// (00-application-files/Chapter2/Applications/2_RTAsEffects/Results).
/// </summary>
public sealed class RtaEffectsEstimationTests
{
    [Fact]
    public void Stage_one_drops_the_84_flows_of_the_7_never_trading_pairs_and_keeps_28482()
    {
        var (problem, r, pairs) = RtaStages.Stage1;

        Assert.Equal(84, r.DroppedObservations.Length);
        Assert.Equal(28_482, r.KeptCount);
        Assert.All(r.DroppedObservations, i => Assert.Equal(0.0, problem.Flows[i]));
        Assert.All(r.DroppedObservations, i => Assert.Equal(0.0, r.Fitted[i]));
        var pair = r.Effects("pair");
        Assert.Equal(7, pair.Present.Count(p => !p));
        Assert.All(pair.Values, v => Assert.True(double.IsFinite(v)));
        Assert.Equal(pairs.Length - 7, pair.Present.Count(p => p));
    }

    [Fact]
    public void Stage_one_rta_effect_and_semirobust_standard_error_match_the_published_log()
    {
        var r = RtaStages.Stage1.Result;

        Printed.Equal(0.5571853, 7, r.Coefficient("RTA"), "RTA");
        Printed.Equal(0.055771, 6, r.StandardError("RTA"), "RTA s.e.");
        Printed.Equal(2630487, 0, r.Deviance, "deviance");
    }

    [Fact]
    public void Stage_one_pair_effects_with_the_domestic_group_as_reference_match_the_published_dummies()
    {
        var (_, r, pairs) = RtaStages.Stage1;
        var pair = r.Effects("pair");

        Assert.Equal(0.0, pair.Values[Array.IndexOf(pairs, RtaStages.Domestic)]);
        Printed.Equal(-7.5535, 4, pair.Values[Array.IndexOf(pairs, "000001")], "PAIR_FE1 (ARG-AUS)");
        Printed.Equal(-7.436111, 6, pair.Values[Array.IndexOf(pairs, "000002")], "PAIR_FE2 (ARG-AUT)");
        Printed.Equal(-7.88218, 5, pair.Values[Array.IndexOf(pairs, "000003")], "PAIR_FE3");
    }

    [Fact]
    public void Stage_one_importer_year_effects_with_germany_as_reference_each_year_match_the_published_dummies()
    {
        var (problem, r, _) = RtaStages.Stage1;
        var data = AgtpaData.All;
        var importerYear = r.Effects("importer_year");
        double Effect(string importer, int year) =>
            importerYear.Values[problem.FixedEffects[1].Groups[Enumerable.Range(0, data.Count).First(i => data.Importer[i] == importer && data.Year[i] == year)]];

        // Stata numbers importer×year by importer (DEU renamed ZZZ, so last and omitted), then year:
        // USA is the 67th importer (dummies 397–402), ZAF the 68th (403–408).
        Printed.Equal(0.9303048, 7, Effect("USA", 1986), "IMPORTER_TIME_FE397 (USA 1986)");
        Printed.Equal(-0.7820452, 7, Effect("ZAF", 2006), "IMPORTER_TIME_FE408 (ZAF 2006)");
        Assert.Equal(0.0, Effect("DEU", 1994));
    }

    [Fact]
    public void Stage_two_gravity_estimates_with_pair_clustered_errors_match_the_published_log()
    {
        var r = RtaStages.Stage2.Result;

        Assert.Equal(4678, r.KeptCount);
        Assert.Equal(StandardErrorKind.Clustered, r.StandardErrorKind);
        Assert.Equal(2339, r.ClusterCount);
        Printed.Equal(-0.8475027, 7, r.Coefficient("ln_DIST"), "ln_DIST");
        Printed.Equal(0.0346902, 7, r.StandardError("ln_DIST"), "ln_DIST s.e.");
        Printed.Equal(0.2940831, 7, r.Coefficient("CNTG"), "CNTG");
        Printed.Equal(0.0948405, 7, r.StandardError("CNTG"), "CNTG s.e.");
        Printed.Equal(0.3632659, 7, r.Coefficient("LANG"), "LANG");
        Printed.Equal(0.0826225, 7, r.StandardError("LANG"), "LANG s.e.");
        Printed.Equal(0.2394163, 7, r.Coefficient("CLNY"), "CLNY");
        Printed.Equal(0.114736, 6, r.StandardError("CLNY"), "CLNY s.e.");
        Printed.Equal(4.573687, 6, r.Deviance, "deviance");
    }

    [Fact]
    public void The_1994_baseline_with_the_two_stage_trade_costs_as_offset_matches_the_published_fit()
    {
        var data = AgtpaData.All;
        var rows = data.RowsOf(1994);
        var (exporters, countries) = AgtpaData.Groups(AgtpaData.At(data.Exporter, rows));
        var (importers, _) = AgtpaData.Groups(AgtpaData.At(data.Importer, rows));
        var problem = new PpmlProblem(
            AgtpaData.At(data.Trade, rows),
            [],
            [],
            [.. rows.Select(RtaStages.LnTradeCostBaseline)],
            [new FixedEffect("exporter", exporters), new FixedEffect("importer", importers, Array.IndexOf(countries, "DEU"))]);

        var r = Ppml.Fit(problem);

        // ppml trade EXPORTER_FE* IMPORTER_FE1-IMPORTER_FE68, noconst offset(ln_tij_bln)
        Assert.Equal(4761, r.KeptCount);
        Printed.Equal(335549.7, 1, r.Deviance, "deviance");
        Printed.Equal(12.08384, 5, r.Effects("exporter").Values[Array.IndexOf(countries, "ARG")], "EXPORTER_FE1 (ARG)");
        Printed.Equal(13.59538, 5, r.Effects("exporter").Values[Array.IndexOf(countries, "DEU")], "EXPORTER_FE69 (DEU)");
        Printed.Equal(-0.6991487, 7, r.Effects("importer").Values[Array.IndexOf(countries, "ARG")], "IMPORTER_FE1 (ARG)");
    }

    [Fact]
    public void Recovered_three_way_effects_reproduce_the_log_of_every_fitted_flow()
    {
        var (problem, r, _) = RtaStages.Stage1;
        var worst = 0.0;
        for (var i = 0; i < problem.ObservationCount; i++)
        {
            if (!r.Kept[i])
            {
                continue;
            }

            var eta = r.Coefficients[0] * problem.Covariates[0][i];
            for (var d = 0; d < problem.FixedEffects.Count; d++)
            {
                eta += r.FixedEffects[d].Values[problem.FixedEffects[d].Groups[i]];
            }

            worst = Math.Max(worst, Math.Abs(eta - Math.Log(r.Fitted[i])));
        }

        Assert.True(worst < 1e-10, $"largest |ln μ − (Xβ + Σ effects)| = {worst:G3}");
        var importerYear = r.Effects("importer_year");
        Assert.All(problem.FixedEffects[1].ReferenceGroups!, g => Assert.Equal(0.0, importerYear.Values[g]));
    }
}
