using System.Net;
using Bulletin.Storage;
using Bulletin.Tests.Storage;

namespace Bulletin.Tests.Health;

/// <summary>Which storage requests health makes: in Azure the app's identity holds only data roles (Blob, Queue and
/// Table Data), so health must ask nothing else, or it answers 503 there while Azurite's shared key hides it here.</summary>
[Collection(nameof(StorageCallsHostCollection))]
public sealed class HealthStorageCallsTests(StorageCallsHostFixture app)
{
    [Fact]
    public async Task Health_asks_storage_only_for_a_container_a_queue_and_a_table_the_app_uses()
    {
        var before = HealthCalls(await app.StorageCallsAsync());

        var response = await app.Http.GetAsync("/api/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var made = HealthCalls(await app.StorageCallsAsync()).Select(c => (c.Key, c.Value - before.GetValueOrDefault(c.Key))).Where(c => c.Item2 > 0);
        // Container and queue properties and a one-entity query: what Storage Blob Data Owner, Storage Queue Data
        // Contributor and Storage Table Data Contributor allow. Service properties ("... service") need blobServices/read.
        Assert.Equal([("blob GET container", 1), ("queue GET queue", 1), ("table GET entities", 1)], made.OrderBy(c => c.Key));
    }

    private static IReadOnlyDictionary<string, int> HealthCalls(StorageCalls calls) =>
        calls.Functions.GetValueOrDefault("GetHealth") ?? new Dictionary<string, int>();
}
