using System.Collections.Immutable;

namespace DigitalTrade.Scenarios.Data;

/// <summary>One country's row of a trade-policy file: WTO membership, MPIA participation and MFN average (percent, or null).</summary>
internal sealed record CountryPolicy(string Iso3, bool WtoMember, bool MpiaParticipant, double? MfnTariffPct);

/// <summary>The rows of a trade-policy file read without a problem, and every code the file names.</summary>
internal sealed record CountryPolicyData(ImmutableSortedDictionary<string, CountryPolicy> Policies, IReadOnlySet<string> Codes);

/// <summary>
/// Reads a trade-policy file such as countries_trade_policy.csv (columns documented in scenarios/data/sources.md):
/// WTO membership and MPIA participation as 0/1 (an empty MPIA cell reads as 0) and the simple average MFN
/// applied tariff in percent (may be empty). Other columns are kept for people.
/// </summary>
internal static class CountryPolicyReader
{
    public static readonly IReadOnlyList<string> RequiredColumns = ["iso3", "wto_member", "mpia_participant", "mfn_simple_avg_tariff_pct"];

    public static CountryPolicyData? Read(string fullPath, string displayPath, SourcePosition referencedAt, List<ScenarioIssue> issues)
    {
        var table = CsvTable.Read(fullPath, displayPath, RequiredColumns, referencedAt, issues);
        if (table is null)
        {
            return null;
        }

        var policies = ImmutableSortedDictionary.CreateBuilder<string, CountryPolicy>(StringComparer.Ordinal);
        var firstLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in table.Records)
        {
            var iso3Cell = table.Cell(record, "iso3");
            if (!CellValues.TryIso3(iso3Cell, issues, out var iso3))
            {
                continue;
            }

            if (!firstLines.TryAdd(iso3, record.Line))
            {
                issues.Add(iso3Cell.Issue("data.duplicate", $"duplicate iso3 '{iso3}' (first on line {firstLines[iso3]})"));
                continue;
            }

            var mpiaCell = table.Cell(record, "mpia_participant");
            var mfnCell = table.Cell(record, "mfn_simple_avg_tariff_pct");
            var ok = CellValues.TryFlag(table.Cell(record, "wto_member"), issues, out var wto);
            var mpia = false;
            ok &= mpiaCell.IsEmpty || CellValues.TryFlag(mpiaCell, issues, out mpia);
            ok &= CellValues.TryNumber(mfnCell, optional: true, issues, out var mfn);
            ok &= mfn is null || CellValues.InRange(mfnCell, mfn.Value, 0, double.PositiveInfinity, minExclusive: false, issues);
            if (ok)
            {
                policies[iso3] = new CountryPolicy(iso3, wto, mpia, mfn);
            }
        }

        return new CountryPolicyData(policies.ToImmutable(), firstLines.Keys.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// The countries with their policy data. A country of the countries file without a row is reported at
    /// <paramref name="referencedAt"/> (the <c>policy:</c> value); rows of other countries are ignored.
    /// </summary>
    public static CountryData Apply(
        CountryData countries, string countriesFile, CountryPolicyData policy, string displayPath, SourcePosition referencedAt, List<ScenarioIssue> issues)
    {
        foreach (var code in countries.Codes.Where(c => !policy.Codes.Contains(c)).Order(StringComparer.Ordinal))
        {
            issues.Add(referencedAt.Issue("data.missing-country", $"{code} is in {countriesFile} but has no row in {displayPath}"));
        }

        var profiles = countries.Countries
            .Select(c => policy.Policies.TryGetValue(c.Iso3, out var p)
                ? c with { WtoMember = p.WtoMember, MpiaParticipant = p.MpiaParticipant, MfnTariffPct = p.MfnTariffPct }
                : c)
            .ToImmutableArray();
        return countries with { Countries = profiles };
    }
}
