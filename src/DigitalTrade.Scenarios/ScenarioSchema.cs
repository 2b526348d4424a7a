using System.Reflection;

namespace DigitalTrade.Scenarios;

/// <summary>The published JSON Schema (draft 2020-12) of scenario files, embedded in this assembly.</summary>
public static class ScenarioSchema
{
    private static readonly Lazy<string> LazyText = new(ReadResource);

    /// <summary>The schema document as JSON text (scenarios/schema/scenario.schema.json in the repository).</summary>
    public static string Text => LazyText.Value;

    private static string ReadResource()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("scenario.schema.json")
            ?? throw new InvalidOperationException("the scenario schema is not embedded in DigitalTrade.Scenarios");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
