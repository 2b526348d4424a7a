namespace DigitalTrade.Model.Trade;

/// <summary>An iterative solver stopped without meeting its tolerance; its result must not be used.</summary>
public sealed class ModelConvergenceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ModelConvergenceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public ModelConvergenceException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public ModelConvergenceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
