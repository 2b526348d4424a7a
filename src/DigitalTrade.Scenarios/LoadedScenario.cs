using DigitalTrade.Model.World;

namespace DigitalTrade.Scenarios;

/// <summary>
/// A valid scenario ready to run: the model's definition, the output options, where it came from and the
/// lowercase hex SHA-256 of the scenario file's bytes (recorded in the run manifest).
/// </summary>
public sealed record LoadedScenario(ScenarioDefinition Definition, OutputOptions Outputs, string SourcePath, string Sha256);
