namespace DigitalTrade.Model.Equilibrium.MultiSector;

/// <summary>The parts of the equilibrium that do not depend on ŵ, and one price update.</summary>
internal sealed class MultiSectorEconomy
{
    private readonly MultiSectorBaseline _baseline;
    private readonly int _n;
    private readonly int _sectors;
    private readonly double[] _theta;
    private readonly double _step;
    private readonly double[] _endowment;
    private readonly double[,] _productivity;
    private readonly ImbalanceClosure _closure;
    private readonly double[][][,] _tariffs;

    // Per sector and pair: π_ij (x̂_ij)^(−θ), the share of spending that reaches the seller, the new channel shares.
    private readonly double[][,] _reach;
    private readonly double[][,] _factorShare;
    private readonly double[][][,] _channelShares;

    // Work arrays of one update.
    private readonly double[][,] _shares;
    private readonly double[,] _sectorPrice;
    private readonly double[] _spending;
    private readonly double[] _demand;

    public MultiSectorEconomy(MultiSectorBaseline baseline, MultiSectorShock shock)
    {
        _baseline = baseline;
        _n = baseline.Countries;
        _sectors = baseline.Sectors.Length;
        _theta = [.. baseline.Sectors.Select(s => s.Theta)];
        _step = 1.0 / (1.0 + _theta.Max());
        _endowment = shock.EndowmentChange ?? Enumerable.Repeat(1.0, _n).ToArray();
        _productivity = shock.ProductivityChange ?? Ones(_n, _sectors);
        _closure = shock.Closure;
        _tariffs = shock.Tariffs ?? baseline.Tariffs;
        CheckShock(shock);

        _reach = new double[_sectors][,];
        _factorShare = new double[_sectors][,];
        _channelShares = new double[_sectors][][,];
        _shares = new double[_sectors][,];
        for (var k = 0; k < _sectors; k++)
        {
            var spec = baseline.Sectors[k];
            var channels = spec.Channels.Length;
            var eta = spec.ChannelElasticity;
            _reach[k] = new double[_n, _n];
            _factorShare[k] = new double[_n, _n];
            _shares[k] = new double[_n, _n];
            _channelShares[k] = new double[channels][,];
            for (var c = 0; c < channels; c++)
            {
                _channelShares[k][c] = new double[_n, _n];
            }

            var pulled = new double[channels];
            for (var i = 0; i < _n; i++)
            {
                for (var j = 0; j < _n; j++)
                {
                    // x̂ of each channel: its cost change times the change of its tariff factor; the pair's
                    // composite is their CES aggregate with the baseline channel shares as weights.
                    var aggregate = 0.0;
                    for (var c = 0; c < channels; c++)
                    {
                        var d = shock.CostChange?[k][c][i, j] ?? 1.0;
                        var x = d * (1.0 + _tariffs[k][c][i, j]) / (1.0 + baseline.Tariffs[k][c][i, j]);
                        pulled[c] = baseline.ChannelShares[k][c][i, j] * Math.Pow(x, -eta);
                        aggregate += pulled[c];
                    }

                    var composite = Math.Pow(aggregate, -1.0 / eta);
                    var factor = 0.0;
                    for (var c = 0; c < channels; c++)
                    {
                        var share = aggregate > 0 ? pulled[c] / aggregate : baseline.ChannelShares[k][c][i, j];
                        _channelShares[k][c][i, j] = share;
                        factor += share / (1.0 + _tariffs[k][c][i, j]);
                    }

                    _factorShare[k][i, j] = factor;
                    _reach[k][i, j] = baseline.ImportShares[k][i, j] * Math.Pow(composite, -_theta[k]);
                }
            }
        }

        _sectorPrice = new double[_n, _sectors];
        _spending = new double[_n];
        _demand = new double[_n];
    }

    /// <summary>
    /// Computes prices, spending and the demand for each country's factor at ŵ, writes the damped update into
    /// <paramref name="next"/> (normalised) and answers the largest excess demand relative to factor income.
    /// </summary>
    public double Update(double[] w, double[] next)
    {
        Demand(w);
        var excess = 0.0;
        for (var i = 0; i < _n; i++)
        {
            var supply = w[i] * _endowment[i] * _baseline.FactorIncome[i];
            var ratio = _demand[i] / supply;
            excess = double.IsNaN(ratio) ? double.NaN : Math.Max(excess, Math.Abs(ratio - 1.0));
            next[i] = w[i] * Math.Pow(ratio, _step);
        }

        Normalise(next);
        return excess;
    }

    /// <summary>Rescales ŵ so that world factor income per unit of endowment is unchanged (the numeraire).</summary>
    public void Normalise(double[] w)
    {
        double income = 0.0, scaled = 0.0;
        for (var i = 0; i < _n; i++)
        {
            var y = _endowment[i] * _baseline.FactorIncome[i];
            income += y;
            scaled += y * w[i];
        }

        var factor = income / scaled;
        for (var i = 0; i < _n; i++)
        {
            w[i] *= factor;
        }
    }

    public MultiSectorResult Assemble(double[] w, int iterations, double excess)
    {
        Demand(w);
        var routes = new double[_sectors][][,];
        var revenue = new double[_n];
        for (var k = 0; k < _sectors; k++)
        {
            var channels = _channelShares[k].Length;
            routes[k] = new double[channels][,];
            for (var c = 0; c < channels; c++)
            {
                var flows = new double[_n, _n];
                for (var i = 0; i < _n; i++)
                {
                    for (var j = 0; j < _n; j++)
                    {
                        var x = _shares[k][i, j] * _baseline.SectorShares[j, k] * _spending[j] * _channelShares[k][c][i, j];
                        flows[i, j] = x;
                        var t = _tariffs[k][c][i, j];
                        revenue[j] += x * t / (1.0 + t);
                    }
                }

                routes[k][c] = flows;
            }
        }

        var income = new double[_n];
        var deficit = new double[_n];
        var price = new double[_n];
        var welfare = new double[_n];
        var realWage = new double[_n];
        for (var j = 0; j < _n; j++)
        {
            income[j] = w[j] * _endowment[j] * _baseline.FactorIncome[j];
            deficit[j] = _spending[j] - income[j] - revenue[j];
            var logPrice = 0.0;
            for (var k = 0; k < _sectors; k++)
            {
                logPrice += _baseline.SectorShares[j, k] * Math.Log(_sectorPrice[j, k]);
            }

            price[j] = Math.Exp(logPrice);
            welfare[j] = _spending[j] / _baseline.Spending[j] / price[j];
            realWage[j] = w[j] / price[j];
        }

        return new MultiSectorResult(
            routes, _tariffs, (double[])w.Clone(), income, revenue, (double[])_spending.Clone(), deficit,
            (double[,])_sectorPrice.Clone(), price, welfare, realWage, iterations, excess);
    }

    /// <summary>At ŵ: sector price changes, import shares, spending (closed form per country) and factor demand.</summary>
    private void Demand(double[] w)
    {
        for (var k = 0; k < _sectors; k++)
        {
            var theta = _theta[k];
            var shares = _shares[k];
            var reach = _reach[k];
            for (var j = 0; j < _n; j++)
            {
                var total = 0.0;
                for (var i = 0; i < _n; i++)
                {
                    var z = reach[i, j] * Math.Pow(w[i] / _productivity[i, k], -theta);
                    shares[i, j] = z;
                    total += z;
                }

                for (var i = 0; i < _n; i++)
                {
                    shares[i, j] = total > 0 ? shares[i, j] / total : 0.0;
                }

                // A sector nobody sells to j has no price to change (and no weight in j's spending).
                _sectorPrice[j, k] = total > 0 ? Math.Pow(total, -1.0 / theta) : 1.0;
            }
        }

        // Spending: X'_j = (Y'_j + D'_j) / (1 − ρ_j), ρ_j the share of spending that returns as tariff revenue.
        var kappa = _closure == ImbalanceClosure.Multiplicative ? Kappa(w) : 1.0;
        for (var j = 0; j < _n; j++)
        {
            var income = w[j] * _endowment[j] * _baseline.FactorIncome[j];
            var deficit = _closure == ImbalanceClosure.Multiplicative
                ? (kappa * (_baseline.FactorIncome[j] + _baseline.Deficit[j]) / _baseline.FactorIncome[j] * income) - income
                : _baseline.Deficit[j];
            var taxed = 0.0;
            for (var k = 0; k < _sectors; k++)
            {
                var sector = 0.0;
                for (var i = 0; i < _n; i++)
                {
                    sector += _shares[k][i, j] * (1.0 - _factorShare[k][i, j]);
                }

                taxed += _baseline.SectorShares[j, k] * sector;
            }

            _spending[j] = (income + deficit) / (1.0 - taxed);
        }

        Array.Clear(_demand);
        for (var k = 0; k < _sectors; k++)
        {
            for (var i = 0; i < _n; i++)
            {
                var sum = 0.0;
                for (var j = 0; j < _n; j++)
                {
                    sum += _shares[k][i, j] * _baseline.SectorShares[j, k] * _spending[j] * _factorShare[k][i, j];
                }

                _demand[i] += sum;
            }
        }
    }

    /// <summary>Multiplicative closure: κ scales every country's income-plus-deficit so that deficits still sum to zero.</summary>
    private double Kappa(double[] w)
    {
        double income = 0.0, spendable = 0.0;
        for (var j = 0; j < _n; j++)
        {
            var y = w[j] * _endowment[j] * _baseline.FactorIncome[j];
            income += y;
            spendable += (_baseline.FactorIncome[j] + _baseline.Deficit[j]) / _baseline.FactorIncome[j] * y;
        }

        return income / spendable;
    }

    private void CheckShock(MultiSectorShock shock)
    {
        if (_endowment.Length != _n || _endowment.Any(x => !(x > 0) || double.IsInfinity(x)))
        {
            throw new ArgumentException($"the endowment change must have {_n} finite positive values");
        }

        if (_productivity.GetLength(0) != _n || _productivity.GetLength(1) != _sectors || _productivity.Cast<double>().Any(x => !(x > 0) || double.IsInfinity(x)))
        {
            throw new ArgumentException($"the productivity change must be {_n}×{_sectors} finite positive values");
        }

        for (var k = 0; k < _sectors; k++)
        {
            var channels = _baseline.Sectors[k].Channels.Length;
            for (var c = 0; c < channels; c++)
            {
                Check(shock.CostChange, k, c, x => x > 0 && !double.IsInfinity(x), "cost changes must be finite and positive");
                Check(shock.Tariffs, k, c, t => t > -1 && !double.IsInfinity(t), "tariffs must be finite and above −1");
            }
        }
    }

    private void Check(double[][][,]? routes, int k, int c, Func<double, bool> valid, string rule)
    {
        if (routes is null)
        {
            return;
        }

        var matrix = routes.Length > k && routes[k].Length > c ? routes[k][c] : null;
        if (matrix is null || matrix.GetLength(0) != _n || matrix.GetLength(1) != _n || matrix.Cast<double>().Any(x => !valid(x)))
        {
            throw new ArgumentException($"sector {_baseline.Sectors[k].Name}, channel {_baseline.Sectors[k].Channels[c]}: {rule} ({_n}×{_n})");
        }
    }

    private static double[,] Ones(int rows, int columns)
    {
        var ones = new double[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            for (var k = 0; k < columns; k++)
            {
                ones[i, k] = 1.0;
            }
        }

        return ones;
    }
}
