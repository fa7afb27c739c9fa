using Azure.Data.Tables;
using Bulletin.LocalHost.Storage;
using Bulletin.Statistics.Storage;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Statistics;

/// <summary>An in-memory Azurite of its own holding the generated history of 2 years × 30 units × 20 submissions a month
/// in the statistics table (years 2025 and 2026); tests that write use other years.</summary>
public sealed class StatisticsStorageFixture : IAsyncLifetime
{
    private AzuriteServer _azurite = null!;
    public TableServiceClient Tables { get; private set; } = null!;
    public StatisticsHistory History { get; } = StatisticsHistory.Generate(2025, 2, 30, 20);
    public StatisticsFactStore Facts => new(Tables);
    public string ConnectionString => _azurite.ConnectionString;

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync(TestPaths.RepositoryRoot, null, _ => { }, CancellationToken.None);
        Tables = new TableServiceClient(_azurite.ConnectionString);
        await History.WriteAsync(Facts, CancellationToken.None);
    }

    public async Task DisposeAsync() => await _azurite.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class StatisticsStorageCollection : ICollectionFixture<StatisticsStorageFixture>
{
    public const string Name = "Statistics storage";
}
