using System.Globalization;
using DigitalTrade.Model.Equilibrium;
using DigitalTrade.Model.Parameters;
using DigitalTrade.Model.Trade;

namespace DigitalTrade.Model.Tests.Equilibrium;

/// <summary>
/// AGTPA chapter 2, application 1 ("trade without borders") built from scenarios/ge/data: the 2006
/// cross-section, countries in ordinal ISO3 order, trade costs from the published PPML coefficients,
/// and the baseline flows as the PPML fitted values, i.e. the RAS of t_BLN to the observed Y and E.
/// </summary>
internal sealed class TradeWithoutBorders
{
    public const double Sigma = 7.0;
    public const double Distance = -0.7912879;
    public const double Contiguity = 0.6736456;
    public const double Border = -2.47445;

    private static readonly Lazy<TradeWithoutBorders> Instance = new(() => new TradeWithoutBorders());
    private static readonly Lazy<AgtpaResult> Book = new(() => AgtpaProcedure.Run(Data.BaselineFlows, Data.CostBaseline, Data.CostCounterfactual, Sigma, Data.Reference));

    private TradeWithoutBorders()
    {
        var path = Path.Combine(RepositoryPaths.Scenarios, "ge", "data", "agtpa_ch2_trade_1986-2006_4yr.csv");
        var lines = File.ReadAllLines(path);
        Assert.Equal("exporter,importer,pair_id,year,trade,dist,cntg,lang,clny,rta", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).Where(f => f[3] == "2006").ToList();
        Assert.Equal(4761, rows.Count);
        Countries = [.. rows.Select(f => f[0]).Distinct().OrderBy(c => c, StringComparer.Ordinal)];
        var n = Countries.Length;
        var index = Countries.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        ObservedFlows = new double[n, n];
        CostBaseline = new double[n, n];
        CostCounterfactual = new double[n, n];
        foreach (var f in rows)
        {
            int i = index[f[0]], j = index[f[1]];
            ObservedFlows[i, j] = double.Parse(f[4], CultureInfo.InvariantCulture);
            var geography = (Distance * Math.Log(double.Parse(f[5], CultureInfo.InvariantCulture))) + (Contiguity * double.Parse(f[6], CultureInfo.InvariantCulture));
            CostCounterfactual[i, j] = Math.Exp(geography);
            CostBaseline[i, j] = Math.Exp(geography + (i == j ? 0.0 : Border));
        }

        Reference = index["DEU"];
        BaselineFlows = ConditionalEquilibrium.Solve(
            CostBaseline, SmallEconomy.RowSums(ObservedFlows), SmallEconomy.ColumnSums(ObservedFlows), Reference, new SolverParameters { Tolerance = 1e-13 }).Flows;
        CostChange = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                CostChange[i, j] = CostCounterfactual[i, j] / CostBaseline[i, j];
            }
        }
    }

    public static TradeWithoutBorders Data => Instance.Value;

    /// <summary>The book's procedure on these data, run once.</summary>
    public static AgtpaResult BookResult => Book.Value;

    public string[] Countries { get; }

    public int Reference { get; }

    public double[,] ObservedFlows { get; }

    public double[,] BaselineFlows { get; }

    /// <summary>t_BLN = exp(b_D ln DIST + b_C CNTG + b_B INTL).</summary>
    public double[,] CostBaseline { get; }

    /// <summary>t_CFL = exp(b_D ln DIST + b_C CNTG): the border coefficient set to 0.</summary>
    public double[,] CostCounterfactual { get; }

    /// <summary>τ = t_CFL / t_BLN: exp(−b_B) on every international pair, 1 at home.</summary>
    public double[,] CostChange { get; }
}
