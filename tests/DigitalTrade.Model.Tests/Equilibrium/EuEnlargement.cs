using System.Collections.Immutable;
using System.Globalization;
using DigitalTrade.Model.Equilibrium;
using DigitalTrade.Model.Experiments;

namespace DigitalTrade.Model.Tests.Equilibrium;

/// <summary>
/// The EU-enlargement example of ge_gravity (scenarios/ge/gegravity-eu.yaml, built here without the
/// YAML): the WIOD panel, the experiment, and the year-2000 flows and shock as ge_gravity takes them.
/// </summary>
internal static class EuEnlargement
{
    private static readonly Lazy<GravityPanel> LazyPanel = new(() => Read(
        Path.Combine(RepositoryPaths.Scenarios, "ge", "data", "wiod_44_trade_2000-2014_5yr.csv")));

    public static GravityPanel Panel => LazyPanel.Value;

    public static ImmutableArray<string> Countries => Panel.Countries();

    /// <summary>
    /// The file's experiment: three-way PPML on foreign flows (exporter×year, importer×year, directed
    /// pair; clustered by directed pair), eu_enlargement moved to its 2014 value on the observed 2000
    /// flows, θ = 4.
    /// </summary>
    public static GeExperiment Experiment(ImbalanceClosure closure, GeSolver solver = GeSolver.GeGravity) => new(
        "gegravity-eu",
        "",
        5.0,
        "DEU",
        2000,
        new EstimationSpec(
            [2000, 2005, 2010, 2014],
            [FixedEffectKind.ExporterYear, FixedEffectKind.ImporterYear, FixedEffectKind.DirectedPair],
            ["eu_enlargement", "other_fta"],
            InternationalOnly: true,
            ClusterKind.DirectedPair),
        null,
        [new CovariateChange("eu_enlargement", null, 2014, [])],
        solver,
        closure,
        GeBaseline.Observed);

    /// <summary>The observed flows of 2000 (exporters in rows, countries in ordinal order).</summary>
    public static double[,] Flows2000() => Matrix(2000, o => Panel.Flow[o]);

    /// <summary>B_ij = exp(β · (eu_enlargement 2014 − eu_enlargement 2000)), 1 on the diagonal.</summary>
    public static double[,] PartialEffect(double beta)
    {
        var before = Matrix(2000, o => Panel.Columns["eu_enlargement"][o]);
        var after = Matrix(2014, o => Panel.Columns["eu_enlargement"][o]);
        var n = before.GetLength(0);
        var b = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                b[i, j] = Math.Exp(beta * (after[i, j] - before[i, j]));
            }
        }

        return b;
    }

    public static int Index(string code) => Countries.IndexOf(code);

    private static double[,] Matrix(int year, Func<int, double> value)
    {
        var countries = Countries;
        var n = countries.Length;
        var m = new double[n, n];
        for (var o = 0; o < Panel.Count; o++)
        {
            if (Panel.Year[o] == year)
            {
                m[countries.IndexOf(Panel.Exporter[o]), countries.IndexOf(Panel.Importer[o])] = value(o);
            }
        }

        return m;
    }

    private static GravityPanel Read(string path)
    {
        var lines = File.ReadAllLines(path);
        Assert.Equal("exporter,importer,year,trade,eu_enlargement,other_fta,fta", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        string[] exporter = [.. rows.Select(r => r[0])], importer = [.. rows.Select(r => r[1])];
        double[] Column(int c) => [.. rows.Select(r => double.Parse(r[c], CultureInfo.InvariantCulture))];
        return new GravityPanel(
            [.. exporter],
            [.. importer],
            [.. rows.Select(r => int.Parse(r[2], CultureInfo.InvariantCulture))],
            [.. Column(3)],
            [.. GravityPanel.SymmetricPairIds(exporter, importer)],
            new Dictionary<string, ImmutableArray<double>>
            {
                ["eu_enlargement"] = [.. Column(4)],
                ["other_fta"] = [.. Column(5)],
            }.ToImmutableDictionary(StringComparer.Ordinal));
    }
}
