using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DigitalTrade.Outputs;

/// <summary>
/// A run's output folder, written completely or marked failed: files go to a staging folder
/// beside the target, which becomes the target only when the run completes. A failed run's
/// files end up in <c>&lt;target&gt;.failed</c> with a manifest that says so; the target is
/// never left half-written.
/// </summary>
public sealed class OutputFolder
{
    /// <summary>The manifest's file name.</summary>
    public const string ManifestFile = "manifest.json";

    /// <summary>The log's file name.</summary>
    public const string LogFile = "run.log";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file, not HTML: keep § and é readable
        DictionaryKeyPolicy = null,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    private OutputFolder(string target, string marker)
    {
        Marker = marker;
        TargetPath = target;
        StagingPath = target + ".partial";
        FailedPath = target + ".failed";
    }

    /// <summary>The file that marks a folder as this program's output (replaceable by a new run).</summary>
    public string Marker { get; }

    /// <summary>Where a completed run's files end up.</summary>
    public string TargetPath { get; }

    /// <summary>Where files are written while the run is in progress.</summary>
    public string StagingPath { get; }

    /// <summary>Where a failed run's files end up.</summary>
    public string FailedPath { get; }

    /// <summary>
    /// Prepares a staging folder for <paramref name="target"/>. Refuses (with
    /// <see cref="OutputFolderException"/>) a target that exists and is not a run folder, so a
    /// typo in --out never deletes someone's files.
    /// </summary>
    public static OutputFolder Prepare(string target, string marker = ManifestFile)
    {
        var full = Path.GetFullPath(target);
        if (File.Exists(full))
        {
            throw new OutputFolderException($"output path {target} is a file, not a folder");
        }

        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any() && !File.Exists(Path.Combine(full, marker)))
        {
            throw new OutputFolderException($"output folder {target} exists and is not a run folder (no {marker}); choose another --out");
        }

        var folder = new OutputFolder(full, marker);
        if (Directory.Exists(folder.StagingPath))
        {
            Directory.Delete(folder.StagingPath, recursive: true);
        }

        Directory.CreateDirectory(folder.StagingPath);
        return folder;
    }

    /// <summary>The tables in the staging folder with their row counts and hashes.</summary>
    public ImmutableArray<TableFile> DescribeTables(IReadOnlyDictionary<string, long> rowCounts) =>
        [.. OutputTables.All.Where(rowCounts.ContainsKey).Select(t =>
            new TableFile(OutputTables.FileName(t), rowCounts[t], Sha256Of(Path.Combine(StagingPath, OutputTables.FileName(t)))))];

    /// <summary>A file of the staging folder other than the tables (e.g. baseline_fit.csv), with its rows and SHA-256.</summary>
    public TableFile DescribeFile(string fileName, long rows) => new(fileName, rows, Sha256Of(Path.Combine(StagingPath, fileName)));

    /// <summary>Writes the manifest and moves the staging folder to the target, replacing an earlier run folder.</summary>
    public void Complete(RunManifest manifest)
    {
        WriteManifest(manifest);
        Replace(TargetPath);
        if (Directory.Exists(FailedPath))
        {
            Directory.Delete(FailedPath, recursive: true);
        }
    }

    /// <summary>Moves the staging folder, which holds its own <see cref="Marker"/>, to the target.</summary>
    public void Complete()
    {
        Replace(TargetPath);
    }

    /// <summary>Writes a manifest saying the run failed and moves the files to <see cref="FailedPath"/>.</summary>
    public void Fail(RunManifest manifest)
    {
        WriteManifest(manifest);
        Replace(FailedPath);
    }

    /// <summary>The manifest serializer's text for a manifest.</summary>
    public static string Serialize(RunManifest manifest) => JsonSerializer.Serialize(manifest, Json) + "\n";

    private void WriteManifest(RunManifest manifest) =>
        File.WriteAllText(Path.Combine(StagingPath, ManifestFile), Serialize(manifest));

    private void Replace(string destination)
    {
        if (Directory.Exists(destination))
        {
            Directory.Delete(destination, recursive: true);
        }

        Directory.Move(StagingPath, destination);
    }

    private static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

/// <summary>The output folder cannot be used; a user's mistake, reported without a stack trace.</summary>
public sealed class OutputFolderException : Exception
{
    /// <summary>Creates the exception.</summary>
    public OutputFolderException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public OutputFolderException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public OutputFolderException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
