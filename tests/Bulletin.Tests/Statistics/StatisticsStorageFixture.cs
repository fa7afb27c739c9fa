using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Bulletin.Directory;
using Bulletin.Directory.Import;
using Bulletin.Issues;
using Bulletin.Intake;
using Bulletin.LocalHost.Storage;
using Bulletin.Mail;
using Bulletin.Security;
using Bulletin.Statistics;
using Bulletin.Statistics.Storage;
using Bulletin.Storage;
using Bulletin.Distribution;
using Bulletin.Tests.Fixtures;
using Bulletin.Tests.Review;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SendGrid;

namespace Bulletin.Tests.Statistics;

/// <summary>An in-memory Azurite of its own holding the generated history of 2 years × 30 units × 20 submissions a month
/// in the statistics table (years 2025 and 2026; tests that write use other years), and the app's statistics services
/// over it with the demo directory, a clock the test moves and SendGrid answered in process (bodies kept in <see cref="Sent"/>).</summary>
public sealed class StatisticsStorageFixture : IAsyncLifetime
{
    private AzuriteServer _azurite = null!;
    public TableServiceClient Tables { get; private set; } = null!;
    public StatisticsHistory History { get; } = StatisticsHistory.Generate(2025, 2, 30, 20);
    public StatisticsFactStore Facts => new(Tables);
    public string ConnectionString => _azurite.ConnectionString;
    public ServiceProvider Services { get; private set; } = null!;
    public ManualClock Clock { get; } = new(DateTimeOffset.Parse("2026-11-01T09:00:00+08:00"));
    public ConcurrentQueue<JsonNode> Sent { get; } = new();

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync(TestPaths.RepositoryRoot, null, _ => { }, CancellationToken.None);
        Tables = new TableServiceClient(_azurite.ConnectionString);
        await History.WriteAsync(Facts, CancellationToken.None);

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = _azurite.ConnectionString,
            ["SendGrid:ApiKey"] = "test", ["SendGrid:FromAddress"] = "bulletin@example.org",
            ["Links:SigningKey"] = "test-link-signing-key-0123456789-0123456789", ["Links:PublicBaseUrl"] = "http://localhost:7071",
            ["Bulletin:Name"] = "上街信息", ["Bulletin:Office"] = "中共上街区委办公室",
            ["Bulletin:DefaultSentTo"] = "区县处级领导", ["Bulletin:DefaultIssuedTo"] = "各街道办事处",
            ["Bulletin:SignOffAddress"] = "song.wenhua@example.org", ["Bulletin:SignOffName"] = "宋文华",
            ["Statistics:Points"] = "adopted=2;published_lead=5",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddBulletinStorage(configuration).AddBulletinMail().AddLinks().AddDirectory().AddDistribution().AddIntake().AddIssues().AddStatistics();
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        services.Replace(ServiceDescriptor.Transient<ISendGridClient>(_ => RecordingSendGrid.Client(Sent)));
        Services = services.BuildServiceProvider();
        await using var demo = DemoDirectory.Open();
        await Services.GetRequiredService<DirectoryImporter>().ImportAsync(demo, DemoDirectory.FileName, "text/csv", "test", CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await _azurite.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class StatisticsStorageCollection : ICollectionFixture<StatisticsStorageFixture>
{
    public const string Name = "Statistics storage";
}
