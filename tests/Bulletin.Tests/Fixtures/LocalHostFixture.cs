using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Bulletin.LocalHost;

namespace Bulletin.Tests.Fixtures;

/// <summary>One local host — its own in-memory Azurite and worker process — shared by a test collection.</summary>
public abstract class LocalHostFixture : IAsyncLifetime
{
    private readonly string _outbox = Path.Combine(Path.GetTempPath(), "bulletin-outbox-" + Guid.NewGuid().ToString("N"));

    protected abstract string AppDirectory { get; }
    protected virtual IReadOnlyDictionary<string, string> SettingOverrides => new Dictionary<string, string>();

    public LocalFunctionsHost Host { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;
    public BlobServiceClient Blobs => new(Host.StorageConnectionString);
    public QueueServiceClient Queues => new(Host.StorageConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    public async Task InitializeAsync()
    {
        Host = await LocalFunctionsHost.StartAsync(new LocalHostOptions
        {
            AppDirectory = AppDirectory,
            Url = "http://127.0.0.1:0",
            InMemoryStorage = true,
            SettingsFile = TestPaths.SampleSettingsFile,
            SettingOverrides = SettingOverrides,
            OutboxDirectory = _outbox,
            MinimumLogLevel = Microsoft.Extensions.Logging.LogLevel.Warning,
        });
        Http = new HttpClient { BaseAddress = Host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        if (Directory.Exists(_outbox))
            Directory.Delete(_outbox, recursive: true);
    }
}

/// <summary>The local host running the small test app that exercises the host itself.</summary>
public sealed class TestAppHostFixture : LocalHostFixture
{
    protected override string AppDirectory => TestPaths.TestAppDirectory;
}

/// <summary>The local host running the bulletin Function App.</summary>
public sealed class BulletinAppHostFixture : LocalHostFixture
{
    protected override string AppDirectory => TestPaths.FunctionAppDirectory;
}

[CollectionDefinition(nameof(TestAppHostCollection))]
public sealed class TestAppHostCollection : ICollectionFixture<TestAppHostFixture>;

[CollectionDefinition(nameof(BulletinAppHostCollection))]
public sealed class BulletinAppHostCollection : ICollectionFixture<BulletinAppHostFixture>;
