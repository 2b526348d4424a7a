namespace DigitalTrade.Tests.Shared;

/// <summary>Finds the repository and its scenarios folder from the test binaries (walking up to Simulation.sln).</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Scenarios => Path.Combine(Root, "scenarios");

    public static string Data => Path.Combine(Scenarios, "data");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Simulation.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"Simulation.sln not found above {AppContext.BaseDirectory}");
    }
}
