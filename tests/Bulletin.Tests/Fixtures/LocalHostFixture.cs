using Azure.Data.Tables;
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
    public TableServiceClient Tables => new(Host.StorageConnectionString);
    public QueueServiceClient Queues => new(Host.StorageConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    public virtual async Task InitializeAsync()
    {
        Host = await LocalFunctionsHost.StartAsync(OptionsFor(AppDirectory, SettingOverrides, _outbox));
        Http = new HttpClient { BaseAddress = Host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>What every test host sets unless its fixture says otherwise: tests ask for sign-in mails far more often than
    /// a person would, so the sign-in limits are raised (<c>SignInLimitsHostFixture</c> tests them as shipped).</summary>
    public static readonly IReadOnlyDictionary<string, string> TestDefaults = new Dictionary<string, string>
    {
        ["Dashboard__SignInMailsPerAddress"] = "10000", ["Dashboard__SignInRequestsPerClient"] = "10000",
    };

    /// <summary>A host on a free loopback port with in-memory Azurite and the sample settings.</summary>
    public static LocalHostOptions OptionsFor(string appDirectory, IReadOnlyDictionary<string, string> overrides, string outbox) => new()
    {
        AppDirectory = appDirectory,
        Url = "http://127.0.0.1:0",
        InMemoryStorage = true,
        SettingsFile = TestPaths.SampleSettingsFile,
        SettingOverrides = TestDefaults.Concat(overrides).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value),
        OutboxDirectory = outbox,
        MinimumLogLevel = Microsoft.Extensions.Logging.LogLevel.Warning,
    };

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
        if (System.IO.Directory.Exists(_outbox))
            System.IO.Directory.Delete(_outbox, recursive: true);
    }
}

/// <summary>The local host running the small test app that exercises the host itself.</summary>
public sealed class TestAppHostFixture : LocalHostFixture
{
    protected override string AppDirectory => TestPaths.TestAppDirectory;

    /// <summary>Where the test app's functions record what they did.</summary>
    public BlobContainerClient Records => Blobs.GetBlobContainerClient("test-app-records");

    public async Task<List<string>> RecordNamesAsync(string prefix)
    {
        var names = new List<string>();
        if (!await Records.ExistsAsync())
            return names;
        await foreach (var blob in Records.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, prefix, CancellationToken.None))
            names.Add(blob.Name);
        return names;
    }

    public async Task<List<string>> RecordBodiesAsync(string prefix)
    {
        var bodies = new List<string>();
        foreach (var name in await RecordNamesAsync(prefix))
            bodies.Add((await Records.GetBlobClient(name).DownloadContentAsync()).Value.Content.ToString());
        return bodies;
    }
}

/// <summary>A local host running the bulletin Function App, ready once the worker has loaded the demo directory
/// (so no test's mail or import races the import the worker makes at start).</summary>
public abstract class BulletinAppFixture : LocalHostFixture
{
    protected override string AppDirectory => TestPaths.FunctionAppDirectory;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Eventually.GetAsync(async () => await (await Http.SendAsOperatorAsync(HttpMethod.Get, "/api/directory")).Content.ReadAsStringAsync(),
            json => !json.Contains("\"version\":null"), because: "the demo directory is loaded at start");
    }
}

/// <summary>The local host running the bulletin Function App.</summary>
public sealed class BulletinAppHostFixture : BulletinAppFixture;

/// <summary>The bulletin app in a host of its own, for tests that replace the directory.</summary>
public sealed class DirectoryHostFixture : BulletinAppFixture;

[CollectionDefinition(nameof(DirectoryHostCollection))]
public sealed class DirectoryHostCollection : ICollectionFixture<DirectoryHostFixture>;

/// <summary>The bulletin app in a host of its own, for intake: submissions and quarantine start empty.</summary>
public sealed class IntakeHostFixture : BulletinAppFixture;

[CollectionDefinition(nameof(IntakeHostCollection))]
public sealed class IntakeHostCollection : ICollectionFixture<IntakeHostFixture>;

[CollectionDefinition(nameof(TestAppHostCollection))]
public sealed class TestAppHostCollection : ICollectionFixture<TestAppHostFixture>;

[CollectionDefinition(nameof(BulletinAppHostCollection))]
public sealed class BulletinAppHostCollection : ICollectionFixture<BulletinAppHostFixture>;
