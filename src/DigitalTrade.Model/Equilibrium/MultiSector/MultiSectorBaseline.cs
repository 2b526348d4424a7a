using System.Collections.Immutable;

namespace DigitalTrade.Model.Equilibrium.MultiSector;

/// <summary>
/// A sector of the multi-sector economy: its trade elasticity θ and the channels its trade can take (e.g.
/// goods: conventional and e-commerce), nested under the choice of origin with elasticity η.
/// </summary>
/// <param name="Name">The sector's name (for messages).</param>
/// <param name="Theta">Trade elasticity θ &gt; 0 across origins.</param>
/// <param name="ChannelElasticity">η &gt; 0, the elasticity of substitution minus one between a pair's channels (unused with one channel).</param>
/// <param name="Channels">The channels' names; at least one.</param>
public sealed record SectorSpec(string Name, double Theta, double ChannelElasticity, ImmutableArray<string> Channels);

/// <summary>
/// The observed world a counterfactual starts from (docs/model.md, "The equilibrium"): for each sector and
/// channel the flows X_ij at buyer's prices (tariff-inclusive, exporters in rows, domestic sales on the
/// diagonal) and the ad valorem tariffs t_ij the importer levies on them. Everything else is derived:
/// factor income Y_i = Σ X_ij/(1+t_ij), tariff revenue R_j = Σ X_ij t_ij/(1+t_ij), spending X_j = Σ X_ij,
/// the deficit D_j = X_j − Y_j − R_j, Cobb-Douglas sector shares α_j^k, import shares π_ij^k and channel
/// shares s_ij^kc.
/// </summary>
public sealed class MultiSectorBaseline
{
    private MultiSectorBaseline(int n, ImmutableArray<SectorSpec> sectors, double[][][,] flows, double[][][,] tariffs)
    {
        Countries = n;
        Sectors = sectors;
        RouteFlows = flows;
        Tariffs = tariffs;
        var k = sectors.Length;
        SectorFlows = new double[k][,];
        ImportShares = new double[k][,];
        ChannelShares = new double[k][][,];
        FactorIncome = new double[n];
        Revenue = new double[n];
        Spending = new double[n];
        SectorSpending = new double[n, k];
        for (var s = 0; s < k; s++)
        {
            var total = new double[n, n];
            var channels = sectors[s].Channels.Length;
            for (var c = 0; c < channels; c++)
            {
                for (var i = 0; i < n; i++)
                {
                    for (var j = 0; j < n; j++)
                    {
                        var x = flows[s][c][i, j];
                        var t = tariffs[s][c][i, j];
                        total[i, j] += x;
                        FactorIncome[i] += x / (1.0 + t);
                        Revenue[j] += x * t / (1.0 + t);
                    }
                }
            }

            SectorFlows[s] = total;
            ImportShares[s] = new double[n, n];
            ChannelShares[s] = new double[channels][,];
            for (var c = 0; c < channels; c++)
            {
                ChannelShares[s][c] = new double[n, n];
            }

            for (var j = 0; j < n; j++)
            {
                var column = 0.0;
                for (var i = 0; i < n; i++)
                {
                    column += total[i, j];
                }

                SectorSpending[j, s] = column;
                Spending[j] += column;
                for (var i = 0; i < n; i++)
                {
                    ImportShares[s][i, j] = column > 0 ? total[i, j] / column : 0.0;
                    for (var c = 0; c < channels; c++)
                    {
                        // A pair that does not trade keeps its channels' weights at their first channel, so a
                        // cost change has a defined (and irrelevant) effect on it.
                        ChannelShares[s][c][i, j] = total[i, j] > 0 ? flows[s][c][i, j] / total[i, j] : (c == 0 ? 1.0 : 0.0);
                    }
                }
            }
        }

        Deficit = new double[n];
        SectorShares = new double[n, k];
        for (var j = 0; j < n; j++)
        {
            Deficit[j] = Spending[j] - FactorIncome[j] - Revenue[j];
            for (var s = 0; s < k; s++)
            {
                SectorShares[j, s] = Spending[j] > 0 ? SectorSpending[j, s] / Spending[j] : 0.0;
            }
        }
    }

    /// <summary>N, the number of countries.</summary>
    public int Countries { get; }

    /// <summary>The sectors, in order.</summary>
    public ImmutableArray<SectorSpec> Sectors { get; }

    /// <summary>X_ij^kc at buyer's prices, [sector][channel][exporter, importer].</summary>
    public double[][][,] RouteFlows { get; }

    /// <summary>t_ij^kc, [sector][channel][exporter, importer].</summary>
    public double[][][,] Tariffs { get; }

    /// <summary>X_ij^k = Σ_c X_ij^kc.</summary>
    public double[][,] SectorFlows { get; }

    /// <summary>π_ij^k = X_ij^k / Σ_i X_ij^k.</summary>
    public double[][,] ImportShares { get; }

    /// <summary>s_ij^kc = X_ij^kc / X_ij^k.</summary>
    public double[][][,] ChannelShares { get; }

    /// <summary>Y_i, factor income: sales at the exporter's prices, Σ_k,c,j X_ij^kc / (1 + t_ij^kc).</summary>
    public double[] FactorIncome { get; }

    /// <summary>R_j, the importer's tariff revenue.</summary>
    public double[] Revenue { get; }

    /// <summary>X_j, spending at buyer's prices.</summary>
    public double[] Spending { get; }

    /// <summary>X_j^k, spending on each sector, [country, sector].</summary>
    public double[,] SectorSpending { get; }

    /// <summary>α_j^k = X_j^k / X_j, the Cobb-Douglas shares, [country, sector].</summary>
    public double[,] SectorShares { get; }

    /// <summary>D_j = X_j − Y_j − R_j, the trade deficit (imports less exports at the exporters' prices).</summary>
    public double[] Deficit { get; }

    /// <summary>
    /// Checks and derives a baseline. Flows must be finite and non-negative, tariffs finite and &gt; −1, and
    /// every country must have positive factor income and spending.
    /// </summary>
    public static MultiSectorBaseline Create(IReadOnlyList<SectorSpec> sectors, double[][][,] flows, double[][][,] tariffs)
    {
        ArgumentNullException.ThrowIfNull(sectors);
        ArgumentNullException.ThrowIfNull(flows);
        ArgumentNullException.ThrowIfNull(tariffs);
        if (sectors.Count == 0 || flows.Length != sectors.Count || tariffs.Length != sectors.Count)
        {
            throw new ArgumentException($"expected flows and tariffs for each of {sectors.Count} sectors (at least one)");
        }

        var n = flows[0].Length > 0 ? flows[0][0].GetLength(0) : 0;
        for (var s = 0; s < sectors.Count; s++)
        {
            var spec = sectors[s];
            if (!(spec.Theta > 0) || double.IsInfinity(spec.Theta) || !(spec.ChannelElasticity > 0) || double.IsInfinity(spec.ChannelElasticity))
            {
                throw new ArgumentOutOfRangeException(nameof(sectors), $"sector {spec.Name}: θ and η must be finite and positive");
            }

            if (spec.Channels.IsDefaultOrEmpty || flows[s].Length != spec.Channels.Length || tariffs[s].Length != spec.Channels.Length)
            {
                throw new ArgumentException($"sector {spec.Name}: expected flows and tariffs for each of its {spec.Channels.Length} channels (at least one)");
            }

            for (var c = 0; c < spec.Channels.Length; c++)
            {
                CheckSquare(flows[s][c], n, $"{spec.Name}/{spec.Channels[c]} flows", x => x >= 0 && !double.IsInfinity(x));
                CheckSquare(tariffs[s][c], n, $"{spec.Name}/{spec.Channels[c]} tariffs", t => t > -1 && !double.IsInfinity(t));
            }
        }

        var baseline = new MultiSectorBaseline(n, [.. sectors], flows, tariffs);
        for (var i = 0; i < n; i++)
        {
            if (!(baseline.FactorIncome[i] > 0) || !(baseline.Spending[i] > 0))
            {
                throw new ArgumentException($"country {i} has no factor income or no spending; every country must produce and buy something");
            }
        }

        return baseline;
    }

    private static void CheckSquare(double[,] matrix, int n, string what, Func<double, bool> valid)
    {
        if (matrix is null || matrix.GetLength(0) != n || matrix.GetLength(1) != n)
        {
            throw new ArgumentException($"{what}: expected an {n}×{n} matrix");
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (!valid(matrix[i, j]))
                {
                    throw new ArgumentOutOfRangeException(nameof(matrix), matrix[i, j], $"{what}[{i},{j}] is not allowed");
                }
            }
        }
    }
}
