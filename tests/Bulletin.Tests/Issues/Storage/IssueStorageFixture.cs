using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Bulletin.Issues;
using Bulletin.Issues.Storage;
using Bulletin.LocalHost.Storage;
using Bulletin.Tests.Fixtures;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bulletin.Tests.Issues.Storage;

/// <summary>An in-memory Azurite of its own for the issue storage tests, which share it one test at a time.</summary>
public sealed class IssueStorageFixture : IAsyncLifetime
{
    private AzuriteServer _azurite = null!;
    public TableServiceClient Tables { get; private set; } = null!;
    public BlobServiceClient Blobs { get; private set; } = null!;

    public IssueStore Issues => new(Tables);
    public IssueDocumentStore Documents => new(Blobs);
    public IssuePublisher Publisher => new(Documents, NullLogger<IssuePublisher>.Instance);

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync(TestPaths.RepositoryRoot, null, _ => { }, CancellationToken.None);
        Tables = new TableServiceClient(_azurite.ConnectionString);
        Blobs = new BlobServiceClient(_azurite.ConnectionString);
    }

    public async Task DisposeAsync() => await _azurite.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class IssueStorageCollection : ICollectionFixture<IssueStorageFixture>
{
    public const string Name = "Issue storage";
}
