using System.Collections.Immutable;
using DigitalTrade.Model.Infrastructure;

namespace DigitalTrade.Scenarios.Data;

/// <summary>
/// Reads a links file such as sco-links.csv (one row per link: two countries, kind, name and optional route
/// numbers) into network links with the two codes in ordinal order. Rows whose status is planned or uncertain
/// are skipped (planned cables enter a run through scenario events), and so are backup links, which carry
/// no traffic while the primary route works (the model has no outages). Links naming a country the scenario
/// does not hold are kept here and dropped by the mapper.
/// </summary>
internal static class LinkDataReader
{
    public static readonly IReadOnlyList<string> RequiredColumns = ["from", "to", "kind"];

    private const string InService = "in_service";

    /// <summary>Statuses of links.csv other than in service; any other text is reported.</summary>
    private static readonly string[] SkippedStatuses = ["planned", "uncertain", "backup"];

    public static ImmutableArray<NetworkLink>? Read(string fullPath, string displayPath, SourcePosition referencedAt, List<ScenarioIssue> issues)
    {
        var table = CsvTable.Read(fullPath, displayPath, RequiredColumns, referencedAt, issues);
        if (table is null)
        {
            return null;
        }

        var links = new List<NetworkLink>();
        var firstLines = new Dictionary<(string, string, LinkKind, string), int>();
        foreach (var record in table.Records)
        {
            if (!IsInService(table, record, issues))
            {
                continue;
            }

            var fromCell = table.Cell(record, "from");
            var toCell = table.Cell(record, "to");
            var ok = CellValues.TryIso3(fromCell, issues, out var from);
            ok &= CellValues.TryIso3(toCell, issues, out var to);
            ok &= TryKind(table.Cell(record, "kind"), issues, out var kind);
            ok &= OptionalPositive(table, record, "length_km", issues, out var lengthKm);
            ok &= OptionalPositive(table, record, "route_factor", issues, out var routeFactor);
            if (routeFactor is < 1.0)
            {
                issues.Add(table.Cell(record, "route_factor").Issue(
                    "data.out-of-range", $"route_factor must be >= 1 (a route is at least the great circle between the capitals), got {routeFactor}"));
                ok = false;
            }
            ok &= OptionalPositive(table, record, "capacity_tbps", issues, out var capacityTbps);
            var name = table.HasColumn("name") ? table.Cell(record, "name").Text.Trim() : "";
            if (!ok)
            {
                continue;
            }

            if (from == to)
            {
                issues.Add(toCell.Issue("data.self-link", $"a link joins two different countries, got {from} twice"));
                continue;
            }

            var link = NetworkLink.Create(from, to, kind, name, lengthKm, routeFactor, capacityTbps);
            var key = (link.From, link.To, link.Kind, link.Name);
            if (!firstLines.TryAdd(key, record.Line))
            {
                issues.Add(fromCell.Issue(
                    "data.duplicate",
                    $"duplicate {LinkKinds.Name(kind)} link {link.From}-{link.To} '{name}' (first on line {firstLines[key]})"));
                continue;
            }

            links.Add(link);
        }

        links.Sort(NetworkLink.CanonicalOrder);
        return [.. links];
    }

    /// <summary>True for a row without a status column or with status in_service (or empty); planned, uncertain and backup rows are skipped.</summary>
    private static bool IsInService(CsvTable table, CsvRecord record, List<ScenarioIssue> issues)
    {
        if (!table.HasColumn("status"))
        {
            return true;
        }

        var cell = table.Cell(record, "status");
        var status = cell.Text.Trim();
        if (status.Length == 0 || status == InService)
        {
            return true;
        }

        if (!SkippedStatuses.Contains(status, StringComparer.Ordinal))
        {
            issues.Add(cell.Issue("data.link-status", $"status must be in_service, backup, planned or uncertain, got '{cell.Text}'"));
        }

        return false;
    }

    private static bool TryKind(CsvCell cell, List<ScenarioIssue> issues, out LinkKind kind)
    {
        kind = default;
        if (LinkKinds.Parse(cell.Text.Trim()) is { } parsed)
        {
            kind = parsed;
            return true;
        }

        issues.Add(cell.Issue("data.link-kind", $"kind must be terrestrial or submarine, got '{cell.Text}'"));
        return false;
    }

    /// <summary>A positive number, or null when the column is absent or the cell empty.</summary>
    private static bool OptionalPositive(CsvTable table, CsvRecord record, string column, List<ScenarioIssue> issues, out double? value)
    {
        value = null;
        if (!table.HasColumn(column))
        {
            return true;
        }

        var cell = table.Cell(record, column);
        if (!CellValues.TryNumber(cell, optional: true, issues, out value))
        {
            return false;
        }

        if (value is not { } number || number > 0.0)
        {
            return true;
        }

        issues.Add(cell.Issue("data.not-positive", $"{column} must be > 0, got {cell.Text.Trim()}"));
        value = null;
        return false;
    }
}
