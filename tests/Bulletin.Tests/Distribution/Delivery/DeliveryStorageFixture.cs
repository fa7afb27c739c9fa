using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Bulletin.Distribution.Delivery.Storage;
using Bulletin.Distribution.Delivery;
using Bulletin.LocalHost.Storage;
using Bulletin.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bulletin.Tests.Distribution.Delivery;

/// <summary>An in-memory Azurite of its own for the ledger tests; each test uses its own issue key.</summary>
public sealed class DeliveryStorageFixture : IAsyncLifetime
{
    private AzuriteServer _azurite = null!;
    public string ConnectionString => _azurite.ConnectionString;
    public TableServiceClient Tables { get; private set; } = null!;
    public BlobServiceClient Blobs { get; private set; } = null!;
    public QueueServiceClient Queues { get; private set; } = null!;

    public DeliveryLedger Ledger => new(Tables, new DeliveryBatchStore(Tables), TimeProvider.System, NullLogger<DeliveryLedger>.Instance);

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync(TestPaths.RepositoryRoot, null, _ => { }, CancellationToken.None);
        Tables = new TableServiceClient(_azurite.ConnectionString);
        Blobs = new BlobServiceClient(_azurite.ConnectionString);
        Queues = new QueueServiceClient(_azurite.ConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
    }

    public async Task DisposeAsync() => await _azurite.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class DeliveryStorageCollection : ICollectionFixture<DeliveryStorageFixture>
{
    public const string Name = "Delivery storage";
}
