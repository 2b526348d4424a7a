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
            if (ReadAtMost(path, ScenarioLimits.MaxDocumentBytes) is not { } read)
            {
                issues.Add(new ScenarioIssue(path, 1, 1, "limit.document-size",
                    $"the file is larger than {ScenarioLimits.MaxDocumentBytes / 1024} KiB, the most a scenario or experiment file may hold; data belongs in CSV files it names"));
                return false;
            }

            bytes = read;
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

    /// <summary>
    /// The file's bytes, or null when it holds more than <paramref name="limit"/>. Reads at most one byte past the
    /// limit, so a huge file, a device or a pipe that never ends costs no more than the limit.
    /// </summary>
    private static byte[]? ReadAtMost(string path, int limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        if (stream.CanSeek && stream.Length > limit)
        {
            return null;
        }

        var buffer = new byte[limit + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        return total > limit ? null : buffer[..total];
    }
}
