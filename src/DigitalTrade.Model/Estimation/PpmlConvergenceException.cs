namespace DigitalTrade.Model.Estimation;

/// <summary>The PPML fit stopped without meeting its tolerance; there is no result to use.</summary>
public sealed class PpmlConvergenceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PpmlConvergenceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public PpmlConvergenceException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public PpmlConvergenceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
