namespace DigitalTrade.Model.Equilibrium;

/// <summary>
/// Anderson acceleration of a fixed-point iteration x ← g(x) on log prices (Walker and Ni 2011, type II,
/// no damping): with residuals f = g(x) − x, the next iterate is g(x_k) − ΔG γ where γ minimises
/// ‖f_k − ΔF γ‖ over the last few differences. Deterministic: fixed loop order, a tiny regularised normal
/// system solved by Gaussian elimination with partial pivoting.
/// </summary>
internal sealed class AndersonMixing
{
    private readonly int _n;
    private readonly int _depth;
    private readonly double[][] _deltaF;
    private readonly double[][] _deltaG;
    private readonly double[] _lastF;
    private readonly double[] _lastG;
    private readonly double[] _f;
    private readonly double[] _g;
    private int _count;
    private int _head;
    private bool _hasLast;

    public AndersonMixing(int n, int depth)
    {
        _n = n;
        _depth = depth;
        _deltaF = new double[depth][];
        _deltaG = new double[depth][];
        for (var k = 0; k < depth; k++)
        {
            _deltaF[k] = new double[n];
            _deltaG[k] = new double[n];
        }

        _lastF = new double[n];
        _lastG = new double[n];
        _f = new double[n];
        _g = new double[n];
    }

    /// <summary>
    /// Given the current prices and their plain update, overwrites the update with the mixed prices and
    /// answers true; answers false (the update left as it is) when there is no history yet or the mixed
    /// step is not finite.
    /// </summary>
    public bool Mix(double[] current, double[] update)
    {
        for (var i = 0; i < _n; i++)
        {
            _g[i] = Math.Log(update[i]);
            _f[i] = _g[i] - Math.Log(current[i]);
        }

        if (_hasLast)
        {
            var slotF = _deltaF[_head];
            var slotG = _deltaG[_head];
            for (var i = 0; i < _n; i++)
            {
                slotF[i] = _f[i] - _lastF[i];
                slotG[i] = _g[i] - _lastG[i];
            }

            _head = (_head + 1) % _depth;
            _count = Math.Min(_count + 1, _depth);
        }

        Array.Copy(_f, _lastF, _n);
        Array.Copy(_g, _lastG, _n);
        _hasLast = true;
        if (_count == 0)
        {
            return false;
        }

        var gamma = Solve();
        if (gamma is null)
        {
            return false;
        }

        var mixed = new double[_n];
        for (var i = 0; i < _n; i++)
        {
            var x = _g[i];
            for (var k = 0; k < _count; k++)
            {
                x -= gamma[k] * _deltaG[k][i];
            }

            if (!double.IsFinite(x))
            {
                return false;
            }

            mixed[i] = x;
        }

        for (var i = 0; i < _n; i++)
        {
            update[i] = Math.Exp(mixed[i]);
        }

        return true;
    }

    /// <summary>γ from (ΔFᵀΔF + λI) γ = ΔFᵀ f, λ a relative ridge; null when singular.</summary>
    private double[]? Solve()
    {
        var m = _count;
        var a = new double[m, m + 1];
        var trace = 0.0;
        for (var r = 0; r < m; r++)
        {
            for (var c = 0; c < m; c++)
            {
                var sum = 0.0;
                for (var i = 0; i < _n; i++)
                {
                    sum += _deltaF[r][i] * _deltaF[c][i];
                }

                a[r, c] = sum;
            }

            var rhs = 0.0;
            for (var i = 0; i < _n; i++)
            {
                rhs += _deltaF[r][i] * _f[i];
            }

            a[r, m] = rhs;
            trace += a[r, r];
        }

        if (!(trace > 0.0) || !double.IsFinite(trace))
        {
            return null;
        }

        for (var r = 0; r < m; r++)
        {
            a[r, r] += 1e-10 * trace;
        }

        for (var col = 0; col < m; col++)
        {
            var pivot = col;
            for (var r = col + 1; r < m; r++)
            {
                if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col]))
                {
                    pivot = r;
                }
            }

            if (a[pivot, col] == 0.0)
            {
                return null;
            }

            if (pivot != col)
            {
                for (var c = 0; c <= m; c++)
                {
                    (a[col, c], a[pivot, c]) = (a[pivot, c], a[col, c]);
                }
            }

            for (var r = col + 1; r < m; r++)
            {
                var factor = a[r, col] / a[col, col];
                for (var c = col; c <= m; c++)
                {
                    a[r, c] -= factor * a[col, c];
                }
            }
        }

        var gamma = new double[m];
        for (var r = m - 1; r >= 0; r--)
        {
            var sum = a[r, m];
            for (var c = r + 1; c < m; c++)
            {
                sum -= a[r, c] * gamma[c];
            }

            gamma[r] = sum / a[r, r];
        }

        return gamma.All(double.IsFinite) ? gamma : null;
    }
}
