using System.Collections.Immutable;
using DigitalTrade.Model.Calibration;
using DigitalTrade.Model.World;

namespace DigitalTrade.Scenarios;

/// <summary>
/// A valid scenario ready to run: the model's definition, the output options, where it came from and the
/// lowercase hex SHA-256 of the scenario file's bytes (recorded in the run manifest).
/// </summary>
public sealed record LoadedScenario(ScenarioDefinition Definition, OutputOptions Outputs, string SourcePath, string Sha256)
{
    /// <summary>
    /// The observations round 0 is compared with in baseline_fit.csv (model values not yet filled); empty when the
    /// scenario names no observed data (<c>countries.observed</c>).
    /// </summary>
    public ImmutableArray<FitRow> FitTargets { get; init; } = [];

    /// <summary>The year of the observed totals the fit compares with (<c>baseline_year</c>).</summary>
    public int BaselineYear { get; init; } = ObservedFit.DefaultBaselineYear;
}
