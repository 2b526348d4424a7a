using System.Reflection;

namespace DigitalTrade.Scenarios;

/// <summary>The published JSON Schemas (draft 2020-12) of scenario and GE experiment files, embedded in this assembly.</summary>
public static class ScenarioSchema
{
    private static readonly Lazy<string> LazyText = new(() => ReadResource("scenario.schema.json"));
    private static readonly Lazy<string> LazyExperimentText = new(() => ReadResource("ge-experiment.schema.json"));

    /// <summary>The schema document as JSON text (scenarios/schema/scenario.schema.json in the repository).</summary>
    public static string Text => LazyText.Value;

    /// <summary>The GE experiment schema as JSON text (scenarios/schema/ge-experiment.schema.json).</summary>
    public static string ExperimentText => LazyExperimentText.Value;

    private static string ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the schema {name} is not embedded in DigitalTrade.Scenarios");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
