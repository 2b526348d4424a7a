namespace DigitalTrade.Contracts;

/// <summary>The life cycle of a run (DESIGN §3).</summary>
[GenerateSerializer]
[Alias("DigitalTrade.RunStatus")]
public enum RunStatus
{
    /// <summary>Created, not yet started.</summary>
    Pending = 0,

    /// <summary>Rounds are advancing.</summary>
    Running = 1,

    /// <summary>Stopped between rounds; can resume.</summary>
    Paused = 2,

    /// <summary>Every round done.</summary>
    Completed = 3,

    /// <summary>Stopped by an error; see the report's error.</summary>
    Failed = 4,

    /// <summary>Stopped on request.</summary>
    Cancelled = 5,

    /// <summary>Stopped because its host shut down before the last round; never resumes.</summary>
    Interrupted = 6,
}

/// <summary>Helpers on <see cref="RunStatus"/>.</summary>
public static class RunStatusExtensions
{
    /// <summary>True when the run will not advance again.</summary>
    public static bool IsTerminal(this RunStatus status) =>
        status is RunStatus.Completed or RunStatus.Failed or RunStatus.Cancelled or RunStatus.Interrupted;
}
