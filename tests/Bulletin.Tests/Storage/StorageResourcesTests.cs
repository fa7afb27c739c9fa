using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Bulletin.LocalHost.Storage;
using Bulletin.Storage;
using Bulletin.Tests.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Bulletin.Tests.Storage;

/// <summary>Tables, queues and containers are created once per process and name, on an Azurite of its own that starts
/// empty, through the app's own counted clients.</summary>
public sealed class StorageResourcesTests : IAsyncLifetime
{
    private AzuriteServer _azurite = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync(TestPaths.RepositoryRoot, null, _ => { }, CancellationToken.None);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = _azurite.ConnectionString, [StorageCallCounter.SettingName] = "true",
        }).Build();
        _services = new ServiceCollection().AddBulletinStorage(configuration).BuildServiceProvider();
    }

    [Fact]
    public async Task A_table_queue_and_container_are_created_on_first_use_and_not_asked_for_again()
    {
        var name = "t" + Guid.NewGuid().ToString("N")[..12];
        var table = _services.GetRequiredService<TableServiceClient>().GetTableClient(name);
        var queue = _services.GetRequiredService<QueueServiceClient>().GetQueueClient(name);
        var container = _services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(name);

        for (var round = 0; round < 3; round++)
            await Task.WhenAll(Enumerable.Range(0, 5).SelectMany(_ => new[]
            {
                table.EnsureExistsAsync(CancellationToken.None), queue.EnsureExistsAsync(CancellationToken.None), container.EnsureExistsAsync(CancellationToken.None),
            }));

        await table.AddEntityAsync(new TableEntity("p", "r"));
        await queue.SendMessageAsync("x");
        await container.GetBlobClient("b").UploadAsync(BinaryData.FromString("x"));
        var calls = Calls();
        Assert.Equal(1, calls["table POST table"]);
        Assert.Equal(1, calls["queue PUT queue"]);
        Assert.Equal(1, calls["blob PUT container"]);
    }

    [Fact]
    public async Task A_creation_that_failed_is_tried_again_on_the_next_use()
    {
        var table = _services.GetRequiredService<TableServiceClient>().GetTableClient("no-dashes-allowed");

        await Assert.ThrowsAnyAsync<RequestFailedException>(() => table.EnsureExistsAsync(CancellationToken.None));
        await Assert.ThrowsAnyAsync<RequestFailedException>(() => table.EnsureExistsAsync(CancellationToken.None));

        Assert.Equal(2, Calls()["table POST table"]);
    }

    private IReadOnlyDictionary<string, int> Calls() =>
        _services.GetRequiredService<StorageCallCounter>().Read().Functions[StorageCallCounter.OutsideFunctions];

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _azurite.DisposeAsync();
    }
}
