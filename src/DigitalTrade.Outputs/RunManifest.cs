using System.Collections.Immutable;
using DigitalTrade.Model.Parameters;

namespace DigitalTrade.Outputs;

/// <summary>
/// manifest.json: what produced a run folder and how to reproduce it. The only place where
/// wall-clock times appear.
/// </summary>
public sealed record RunManifest(
    string Program,
    string Version,
    string? Commit,
    string Status,
    string? Error,
    ScenarioSource Scenario,
    ulong Seed,
    int Rounds,
    int RoundDays,
    int LastCompletedRound,
    ImmutableArray<string> Countries,
    ModelParameters Parameters,
    int Events,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    ImmutableArray<TableFile> Tables,
    string Log);

/// <summary>The scenario file a run came from.</summary>
public sealed record ScenarioSource(string Name, string Description, string File, string Sha256);

/// <summary>One output table: its file, rows (header excluded) and SHA-256.</summary>
public sealed record TableFile(string File, long Rows, string Sha256);
