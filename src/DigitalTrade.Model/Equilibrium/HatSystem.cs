using System.Runtime.CompilerServices;

namespace DigitalTrade.Model.Equilibrium;

/// <summary>
/// The hat-algebra equations of gravity-methods.md §5.3 on flat arrays: shares π_ij τ_ij, outputs
/// Y and expenditures E of the baseline. E'_j = κ φ_j p̂_j Y_j is written κ p̂_j E_j. The loops are
/// compiled fully optimised at once: a solve is over before tiered compilation would promote them.
/// </summary>
internal sealed class HatSystem
{
    private readonly int _n;
    private readonly double[] _shares;
    private readonly double[] _output;
    private readonly double[] _expenditure;
    private readonly double[] _exports;
    private readonly double[] _baselineOutput;
    private readonly double _sigma;
    private readonly int _reference;
    private readonly double[] _inward;
    private readonly double[] _market;
    private double[] _power;
    private double[] _nextPower;

    private HatSystem(int n, double[] shares, double[] output, double[] expenditure, double[] exports, double[] baselineOutput, double sigma, int reference)
    {
        _n = n;
        _shares = shares;
        _output = output;
        _baselineOutput = baselineOutput;
        _expenditure = expenditure;
        _exports = exports;
        _sigma = sigma;
        _reference = reference;
        _inward = new double[n];
        _market = new double[n];
        _power = new double[n];
        _nextPower = new double[n];
    }

    /// <summary>
    /// Precomputes π_ij τ_ij = X_ij τ_ij / E_j (0 for a country that buys nothing). With an endowment
    /// change Q̂, supply is p̂_i Q̂_i Y_i and spending κ p̂_j Q̂_j E_j (φ held); shares keep the baseline.
    /// </summary>
    public static HatSystem Create(double[,] flows, double[,] costChange, double sigma, int reference, double[]? endowmentChange = null)
    {
        var n = flows.GetLength(0);
        var baselineOutput = FlowMatrix.RowSums(flows);
        var output = (double[])baselineOutput.Clone();
        var expenditure = FlowMatrix.ColumnSums(flows);
        var shares = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                shares[(i * n) + j] = expenditure[j] > 0 ? flows[i, j] * costChange[i, j] / expenditure[j] : 0.0;
            }
        }

        if (!(expenditure[reference] > 0))
        {
            throw new ArgumentException("the reference country must have positive expenditure: its price index is the numeraire", nameof(flows));
        }

        if (endowmentChange is not null)
        {
            if (endowmentChange.Length != n || endowmentChange.Any(q => !(q > 0) || double.IsInfinity(q)))
            {
                throw new ArgumentException($"the endowment change needs {n} finite positive values", nameof(endowmentChange));
            }

            for (var i = 0; i < n; i++)
            {
                output[i] *= endowmentChange[i];
                expenditure[i] *= endowmentChange[i];
            }
        }

        return new HatSystem(n, shares, output, expenditure, FlowMatrix.Exports(flows), baselineOutput, sigma, reference);
    }

    /// <summary>
    /// One damped price update p̂_i ← p̂_i (Σ_j X'_ij / p̂_i Y_i)^(1/σ), then the rescaling to
    /// P̂_ref = 1, written into <paramref name="next"/>. The cached p̂^(1−σ) is carried along with the
    /// prices (one logarithm and two exponentials per country instead of fresh powers), so after the
    /// call it belongs to <paramref name="next"/>, which the caller makes the current prices.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Update(double[] p, double[] next)
    {
        Evaluate(p);
        var toPrice = 1.0 / _sigma;
        var toPower = (1.0 - _sigma) / _sigma;
        var reference = 0.0;
        for (var i = 0; i < _n; i++)
        {
            if (_output[i] > 0)
            {
                var gap = Math.Log(Sales(i) / (p[i] * _output[i]));
                next[i] = p[i] * Math.Exp(gap * toPrice);
                _nextPower[i] = _power[i] * Math.Exp(gap * toPower);
            }
            else
            {
                next[i] = p[i];
                _nextPower[i] = _power[i];
            }

            reference += _shares[(i * _n) + _reference] * _nextPower[i];
        }

        // P̂_ref^(1−σ) is homogeneous of degree 1 − σ in p̂: one scale factor restores the numeraire.
        var scale = Math.Pow(reference, 1.0 / (_sigma - 1.0));
        var powerScale = 1.0 / reference;
        for (var i = 0; i < _n; i++)
        {
            next[i] *= scale;
            _nextPower[i] *= powerScale;
        }

        (_power, _nextPower) = (_nextPower, _power);
    }

    /// <summary>Every output of the solver at the converged prices.</summary>
    public FullEndowmentResult Assemble(double[] p, int iterations)
    {
        Start(p);
        var kappa = Evaluate(p);
        var n = _n;
        var flows = new double[n, n];
        var output = new double[n];
        var expenditure = new double[n];
        var inwardIndex = new double[n];
        var outwardIndex = new double[n];
        var realGdp = new double[n];
        var residual = 0.0;
        var toIndex = 1.0 / (1.0 - _sigma);
        for (var i = 0; i < n; i++)
        {
            var sales = 0.0;
            for (var j = 0; j < n; j++)
            {
                var x = _shares[(i * n) + j] * _power[i] * _market[j];
                flows[i, j] = x;
                sales += x;
            }

            output[i] = p[i] * _output[i];
            expenditure[i] = kappa * p[i] * _expenditure[i];
            inwardIndex[i] = Math.Pow(_inward[i], toIndex);
            outwardIndex[i] = _output[i] > 0 ? Math.Pow(sales / _power[i] / _output[i], toIndex) : 1.0;
            realGdp[i] = _baselineOutput[i] > 0 ? output[i] / _baselineOutput[i] / inwardIndex[i] : p[i] / inwardIndex[i];
            var gap = _output[i] > 0 ? Math.Abs((sales / output[i]) - 1.0) : sales;
            residual = Math.Max(residual, gap);
        }

        var exports = FlowMatrix.Ratio(FlowMatrix.Exports(flows), _exports);
        return new FullEndowmentResult(
            (double[])p.Clone(), (double[])_inward.Clone(), inwardIndex, outwardIndex, flows, output, expenditure,
            kappa, exports, realGdp, iterations, residual);
    }

    /// <summary>Sets the cached p̂^(1−σ) from the prices.</summary>
    public void Start(double[] p)
    {
        for (var i = 0; i < _n; i++)
        {
            _power[i] = Math.Pow(p[i], 1.0 - _sigma);
        }
    }

    /// <summary>
    /// Fills P̂^(1−σ) and the market terms κ p̂_j E_j / P̂_j^(1−σ) for the prices and the cached
    /// p̂^(1−σ); returns κ.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Evaluate(double[] p)
    {
        var n = _n;
        Array.Clear(_inward);
        double income = 0.0, spending = 0.0;
        for (var i = 0; i < n; i++)
        {
            income += p[i] * _output[i];
            spending += p[i] * _expenditure[i];
            Kernels.AddScaled(_inward, _shares, i * n, _power[i]);
        }

        var kappa = income / spending;
        for (var j = 0; j < n; j++)
        {
            if (_expenditure[j] > 0)
            {
                _market[j] = kappa * p[j] * _expenditure[j] / _inward[j];
            }
            else
            {
                // A country that buys nothing has no price index to move.
                _inward[j] = 1.0;
                _market[j] = 0.0;
            }
        }

        return kappa;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double Sales(int i) => _power[i] * Kernels.Dot(_shares, i * _n, _market);
}
