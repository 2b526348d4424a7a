namespace DigitalTrade.Model.Estimation;

/// <summary>
/// A converged PPML fit. Arrays indexed by observation have the length of the problem's flows;
/// dropped observations have <see cref="Kept"/> false and fitted value 0 (the limit of their fit:
/// their fixed effect goes to −∞).
/// </summary>
/// <param name="CovariateNames">Names of the covariates, in coefficient order.</param>
/// <param name="Coefficients">β, one per covariate.</param>
/// <param name="StandardErrors">Square roots of the diagonal of <paramref name="Covariance"/>.</param>
/// <param name="Covariance">Covariance of β, <c>[k][l]</c> (fixed effects concentrated out).</param>
/// <param name="StandardErrorKind">Robust or cluster-robust.</param>
/// <param name="ClusterCount">Number of clusters among kept observations; 0 for robust standard errors.</param>
/// <param name="Fitted">μ = exp(offset + Xβ + Σ fixed effects) per observation.</param>
/// <param name="Kept">Whether each observation entered the fit.</param>
/// <param name="FixedEffects">Recovered effects, one entry per dimension in the problem's order.</param>
/// <param name="DroppedObservations">Observations dropped because one of their groups has only zero flows.</param>
/// <param name="Singletons">Observations alone in a group (dropped too if the options say so).</param>
/// <param name="Iterations">IRLS iterations run.</param>
/// <param name="Deviance">Poisson deviance 2 Σ [y ln(y/μ) − (y − μ)] at the solution.</param>
/// <param name="RelativeDevianceChange">Relative deviance change of the last iteration (the stopping rule).</param>
/// <param name="MaxCoefficientChange">Largest |Δβ| of the last iteration (0 without covariates).</param>
public sealed record PpmlResult(
    IReadOnlyList<string> CovariateNames,
    double[] Coefficients,
    double[] StandardErrors,
    double[][] Covariance,
    StandardErrorKind StandardErrorKind,
    int ClusterCount,
    double[] Fitted,
    bool[] Kept,
    IReadOnlyList<FixedEffectEstimates> FixedEffects,
    int[] DroppedObservations,
    int[] Singletons,
    int Iterations,
    double Deviance,
    double RelativeDevianceChange,
    double MaxCoefficientChange)
{
    /// <summary>Number of observations that entered the fit.</summary>
    public int KeptCount => Kept.Count(k => k);

    /// <summary>Coefficient of the named covariate.</summary>
    public double Coefficient(string name) => Coefficients[IndexOf(name)];

    /// <summary>Standard error of the named covariate's coefficient.</summary>
    public double StandardError(string name) => StandardErrors[IndexOf(name)];

    /// <summary>Recovered effects of the named dimension.</summary>
    public FixedEffectEstimates Effects(string name) =>
        FixedEffects.FirstOrDefault(f => f.Name == name) ?? throw new ArgumentException($"no fixed effect named {name}", nameof(name));

    private int IndexOf(string name)
    {
        for (var k = 0; k < CovariateNames.Count; k++)
        {
            if (CovariateNames[k] == name)
            {
                return k;
            }
        }

        throw new ArgumentException($"no covariate named {name}", nameof(name));
    }
}
