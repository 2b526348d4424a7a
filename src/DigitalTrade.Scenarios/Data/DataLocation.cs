namespace DigitalTrade.Scenarios.Data;

/// <summary>
/// How data paths written in a scenario are found: relative to a base folder (the scenario file's folder,
/// or the data root of text given to <see cref="ScenarioLoader.Parse"/>), optionally confined to that root.
/// </summary>
internal sealed class DataLocation
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly string _baseFolder;
    private readonly string _displayFolder;
    private readonly bool _confined;

    private DataLocation(string baseFolder, string displayFolder, bool confined)
    {
        _baseFolder = Path.GetFullPath(baseFolder);
        _displayFolder = displayFolder;
        _confined = confined;
    }

    /// <summary>Paths relative to the scenario file's folder, anywhere on disk (a command-line user may point anywhere).</summary>
    public static DataLocation BesideScenario(string scenarioPath) =>
        new(Path.GetDirectoryName(Path.GetFullPath(scenarioPath)) ?? ".", Path.GetDirectoryName(scenarioPath) ?? "", confined: false);

    /// <summary>Paths relative to a data root that they must not leave.</summary>
    public static DataLocation UnderRoot(string dataRoot) => new(dataRoot, "", confined: true);

    /// <summary>
    /// Resolves a path written in the scenario: its full path and how issues name it (the scenario's folder
    /// joined with the path as written). An issue instead when the path leaves a confining root.
    /// </summary>
    public (string FullPath, string DisplayPath)? Resolve(string written, SourcePosition at, List<ScenarioIssue> issues)
    {
        string full;
        try
        {
            full = Path.GetFullPath(Path.Combine(_baseFolder, written));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            issues.Add(at.Issue("data.path-invalid", $"'{written}' is not a valid file path"));
            return null;
        }

        var root = Path.EndsInDirectorySeparator(_baseFolder) ? _baseFolder : _baseFolder + Path.DirectorySeparatorChar;
        if (_confined && !full.StartsWith(root, PathComparison))
        {
            issues.Add(at.Issue("data.path-outside-root", $"data path '{written}' leads outside the data folder; use a path inside it"));
            return null;
        }

        var joined = Path.Join(_displayFolder, written);
        return (full, Path.IsPathRooted(joined) ? Path.GetFullPath(joined) : Normalize(joined));
    }

    /// <summary>Joins with '/', drops "." segments and folds "dir/.." pairs, without touching the disk.</summary>
    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split(['/', '\\']))
        {
            if (part is "" or ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[^1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }

        return parts.Count == 0 ? "." : string.Join('/', parts);
    }
}
