using System.Reflection;

namespace Bulletin.Tests.Fixtures;

/// <summary>Where the repository and the built apps are, as recorded at build time.</summary>
public static class TestPaths
{
    private static readonly Bulletin.LocalHost.LocalHostOptions Defaults = new();

    public static string RepositoryRoot => Defaults.RepositoryRoot;
    public static string FunctionAppDirectory => Defaults.AppDirectory;
    public static string SampleSettingsFile => Path.Combine(RepositoryRoot, "local.settings.sample.json");
    public static string TestAppDirectory =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "TestAppDirectory").Value!;
}
