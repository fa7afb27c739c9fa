using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Bulletin.Directory;
using Bulletin.Directory.Import;
using Bulletin.Intake;
using Bulletin.LocalHost.Storage;
using Bulletin.Mail;
using Bulletin.Review;
using Bulletin.Security;
using Bulletin.Storage;
using Bulletin.Tests.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SendGrid;

namespace Bulletin.Tests.Review;

/// <summary>The review services against an in-memory Azurite of their own, with the demo directory, a clock the test
/// moves and SendGrid answered in process (every mail/send body kept in <see cref="Sent"/>). Other features' service tests
/// derive from it and add their services in <see cref="AddFeatures"/>.</summary>
public class ReviewReminderStorageFixture : IAsyncLifetime
{
    private AzuriteServer _azurite = null!;
    public ServiceProvider Services { get; private set; } = null!;
    public ManualClock Clock { get; } = new(DateTimeOffset.Parse("2026-11-27T15:00:00+08:00"));
    public ConcurrentQueue<JsonNode> Sent { get; } = new();

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync(TestPaths.RepositoryRoot, null, _ => { }, CancellationToken.None);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = _azurite.ConnectionString,
            ["SendGrid:ApiKey"] = "test", ["SendGrid:FromAddress"] = "bulletin@example.org",
            ["Links:SigningKey"] = "test-link-signing-key-0123456789-0123456789", ["Links:PublicBaseUrl"] = "http://localhost:7071",
            ["Review:ReminderAfterWorkingDays"] = "2",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddBulletinStorage(configuration).AddBulletinMail().AddLinks().AddDirectory().AddIntake().AddReview();
        AddFeatures(services);
        services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock));
        services.Replace(ServiceDescriptor.Transient<ISendGridClient>(_ => RecordingSendGrid.Client(Sent)));
        Services = services.BuildServiceProvider();
        await using var demo = DemoDirectory.Open();
        await Services.GetRequiredService<DirectoryImporter>().ImportAsync(demo, DemoDirectory.FileName, "text/csv", "test", CancellationToken.None);
    }

    protected virtual void AddFeatures(IServiceCollection services) { }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await _azurite.DisposeAsync();
    }
}
