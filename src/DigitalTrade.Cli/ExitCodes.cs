namespace DigitalTrade.Cli;

/// <summary>The command's exit codes.</summary>
public static class ExitCodes
{
    /// <summary>Everything asked was done.</summary>
    public const int Success = 0;

    /// <summary>Something went wrong inside the program (not the user's fault).</summary>
    public const int InternalFailure = 1;

    /// <summary>The input was invalid: scenario, options or output folder.</summary>
    public const int InvalidInput = 2;

    /// <summary>The user interrupted the run.</summary>
    public const int Interrupted = 130;
}
