using System.Text;

namespace DigitalTrade.Server.Api;

/// <summary>Reads a submitted scenario: YAML text within the size limit, or the problem to answer instead.</summary>
public sealed record ScenarioBody(string? Text, IResult? Problem)
{
    private static readonly string[] YamlTypes = ["application/yaml", "text/yaml", "application/x-yaml", "text/x-yaml", "text/plain"];

    /// <summary>Reads the body as UTF-8, refusing other media types (415) and bodies over <paramref name="maxBytes"/> (413).</summary>
    public static async Task<ScenarioBody> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim() ?? "";
        if (!YamlTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
        {
            return Refuse(StatusCodes.Status415UnsupportedMediaType, "Send the scenario as YAML", "Use Content-Type: application/yaml.");
        }

        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        // Chunked bodies have no length up front: count while reading and stop at the limit.
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return TooLarge(maxBytes);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e)
        {
            return e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? TooLarge(maxBytes)
                : Refuse(e.StatusCode, "The request body could not be read", null);
        }

        return new ScenarioBody(new UTF8Encoding(false).GetString(buffer.GetBuffer(), 0, (int)buffer.Length), null);
    }

    private static ScenarioBody TooLarge(long maxBytes) =>
        Refuse(StatusCodes.Status413PayloadTooLarge, "The scenario is too large", $"A request body may hold at most {maxBytes} bytes.");

    private static ScenarioBody Refuse(int status, string title, string? detail) =>
        new(null, Results.Problem(statusCode: status, title: title, detail: detail));
}
