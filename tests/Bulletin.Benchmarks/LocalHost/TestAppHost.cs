using System.Reflection;
using Bulletin.LocalHost;
using Microsoft.Extensions.Logging;

namespace Bulletin.Benchmarks.LocalHost;

/// <summary>Starts the local host the way the tests do: the small test app, in-memory Azurite, a free port.</summary>
internal static class TestAppHost
{
    private static readonly LocalHostOptions Defaults = new();

    public static string AppDirectory =>
        typeof(TestAppHost).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "TestAppDirectory").Value!;

    public static LocalHostOptions Options(string outboxDirectory) => new()
    {
        AppDirectory = AppDirectory,
        Url = "http://127.0.0.1:0",
        InMemoryStorage = true,
        SettingsFile = Path.Combine(Defaults.RepositoryRoot, "local.settings.sample.json"),
        OutboxDirectory = outboxDirectory,
        MinimumLogLevel = LogLevel.Warning,
    };

    public static string NewOutboxDirectory() => Path.Combine(Path.GetTempPath(), "bulletin-bench-outbox-" + Guid.NewGuid().ToString("N"));

    public static void DeleteOutbox(string directory)
    {
        if (System.IO.Directory.Exists(directory))
            System.IO.Directory.Delete(directory, recursive: true);
    }
}
