namespace DigitalTrade.Model.Estimation;

/// <summary>
/// A covariate has no variation left once the fixed effects (and the covariates before it) are
/// partialled out, e.g. it is constant within a fixed-effect group: its coefficient is not identified.
/// </summary>
public sealed class CollinearCovariateException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public CollinearCovariateException(string covariate, string message)
        : base(message)
    {
        Covariate = covariate;
    }

    /// <summary>Creates the exception.</summary>
    public CollinearCovariateException()
    {
        Covariate = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public CollinearCovariateException(string message)
        : base(message)
    {
        Covariate = string.Empty;
    }

    /// <summary>Creates the exception.</summary>
    public CollinearCovariateException(string message, Exception innerException)
        : base(message, innerException)
    {
        Covariate = string.Empty;
    }

    /// <summary>Name of the collinear covariate.</summary>
    public string Covariate { get; }
}
