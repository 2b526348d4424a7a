namespace DigitalTrade.Scenarios.Tests.Data.Observed;

/// <summary>A temporary copy of the shipped observed-data folder that a test may edit; deleted on dispose.</summary>
internal sealed class ObservedFolderCopy : IDisposable
{
    public ObservedFolderCopy()
    {
        Folder = Path.Combine(Path.GetTempPath(), "dtsim-observed-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        foreach (var file in Directory.EnumerateFiles(ShippedObservedData.Folder, "*.csv"))
        {
            File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        }
    }

    public string Folder { get; }

    /// <summary>Replaces the first occurrence of a text in a file; returns where it starts (line, column).</summary>
    public (int Line, int Column) Replace(string file, string text, string replacement)
    {
        var path = Path.Combine(Folder, file);
        var content = File.ReadAllText(path).ReplaceLineEndings("\n");
        var at = content.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{text}' not in {file}");
        File.WriteAllText(path, string.Concat(content.AsSpan(0, at), replacement, content.AsSpan(at + text.Length)));
        var lineStart = at == 0 ? 0 : content.LastIndexOf('\n', at - 1) + 1;
        return (content[..at].Count(c => c == '\n') + 1, at - lineStart + 1);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
