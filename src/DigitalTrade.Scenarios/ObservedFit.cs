using System.Collections.Immutable;
using DigitalTrade.Model.Calibration;
using DigitalTrade.Scenarios.Data;
using DigitalTrade.Scenarios.Data.Observed;
using DigitalTrade.Scenarios.Yaml;

namespace DigitalTrade.Scenarios;

/// <summary>
/// Reads the observed data a scenario names (<c>countries.observed</c>), calibrates the observed baseline its rounds
/// start from (docs/model.md, "The observed baseline") and lists what its round 0 is compared with (docs/model.md,
/// "The fit of round 0"): the DOTS cells of 2019 among its countries, their WDI, WTO and UNCTAD totals of
/// <c>baseline_year</c>, and the recent official pair figures, a hold-out.
/// </summary>
internal static class ObservedFit
{
    public const int DefaultBaselineYear = 2024;

    private const string Pointer = "/countries/observed";

    /// <summary>
    /// The targets and the calibrated flows; empty targets and no flows when the scenario names no observed data, null
    /// (with issues) when it cannot be read or calibrated. Without <paramref name="calibrate"/> (the scenario has other
    /// errors) the data are only read and checked.
    /// </summary>
    public static (ImmutableArray<FitRow> Targets, ObservedTrade? Trade)? Read(
        YamlTree tree, IReadOnlySet<string> failed, DataLocation data, CountryData? countries, bool calibrate, List<ScenarioIssue> issues)
    {
        if (failed.Contains(Pointer) || TreeValues.String(tree.Root, Pointer) is not { Length: > 0 } written)
        {
            return ([], null);
        }

        var at = tree.Positions.ValueOf(Pointer);
        if (data.Resolve(written, at, issues) is not { } folder)
        {
            return null;
        }

        if (!Directory.Exists(folder.FullPath))
        {
            issues.Add(at.Issue("data.not-found", $"observed data folder '{folder.DisplayPath}' not found"));
            return null;
        }

        var observed = ObservedDataReader.Read(folder.FullPath, folder.DisplayPath, issues);
        var holdOut = ObservedDataReader.ReadHoldOut(folder.FullPath, folder.DisplayPath, issues);
        if (observed is null || holdOut is null || countries is null)
        {
            return null;
        }

        // The scenario's countries, as the mapper takes them: the countries file, or the subset include keeps.
        var include = TreeValues.Strings(tree.Root, "/countries/include").Select(x => x.Value).ToHashSet(StringComparer.Ordinal);
        var codes = countries.Countries.Select(c => c.Iso3).Where(c => include.Count == 0 || include.Contains(c)).Order(StringComparer.Ordinal).ToList();

        var year = (int?)TreeValues.Integer(tree.Root, "/baseline_year") ?? DefaultBaselineYear;
        var options = new ObservedBaselineOptions { BaselineYear = year };
        if (!calibrate)
        {
            return null;
        }

        ObservedBaseline baseline;
        try
        {
            baseline = ObservedCalibration.Build(observed, countries.Countries, codes, options);
        }
        catch (ArgumentException e)
        {
            issues.Add(at.Issue("data.observed-calibration", $"observed data '{folder.DisplayPath}' cannot give a baseline for {year}: {e.Message}"));
            return null;
        }

        // A region whose flows gravity filled (no observed goods flows, or a total imputed) is flagged by a row of its
        // own, role gravity_filled, with the model's exports and no observation.
        var filled = baseline.Accounts
            .Where(a => a.GravityFilled && a.Region != ObservedData.RestOfWorld)
            .Select(a => new FitRow(
                a.Region, ObservedData.World, "all", "a_to_b", year, year.ToString(System.Globalization.CultureInfo.InvariantCulture), double.NaN, double.NaN,
                "no observed flows or an imputed total: gravity-filled baseline (docs/model.md, The observed baseline)", BaselineFit.GravityFilled));
        return ([.. BaselineFit.Targets(observed, holdOut.Value, codes, options.PatternYear, year, options), .. filled], ObservedTrade.From(baseline));
    }
}
