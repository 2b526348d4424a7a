using System.Text;

namespace DigitalTrade.Scenarios;

/// <summary>Reads a scenario or experiment file as strict UTF-8 text, reporting why it cannot be read.</summary>
internal static class SourceFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text and bytes; false (with one issue) when it is missing, unreadable or not UTF-8.</summary>
    public static bool TryRead(string path, List<ScenarioIssue> issues, out string text, out byte[] bytes)
    {
        text = "";
        bytes = [];
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            issues.Add(new ScenarioIssue(path, 1, 1, "file.not-found", $"file '{path}' not found"));
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            issues.Add(new ScenarioIssue(path, 1, 1, "file.unreadable", $"cannot read file '{path}': {e.Message}"));
            return false;
        }

        try
        {
            var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
            text = StrictUtf8.GetString(bytes, bom, bytes.Length - bom);
            return true;
        }
        catch (DecoderFallbackException)
        {
            issues.Add(new ScenarioIssue(path, 1, 1, "file.encoding", "the file is not UTF-8 text"));
            return false;
        }
    }
}
