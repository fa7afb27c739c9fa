using System.Net;
using System.Net.Http.Json;
using Bulletin.Storage;
using Bulletin.Tests.Fixtures;

namespace Bulletin.Tests.Storage;

/// <summary>The bulletin app in a host of its own that counts its storage calls (<c>Storage__CountCalls</c>).</summary>
public sealed class StorageCallsHostFixture : BulletinAppFixture
{
    protected override IReadOnlyDictionary<string, string> SettingOverrides => new Dictionary<string, string> { ["Storage__CountCalls"] = "true" };

    /// <summary>The counts so far, read through the operator endpoint.</summary>
    public async Task<StorageCalls> StorageCallsAsync()
    {
        var response = await Http.SendAsOperatorAsync(HttpMethod.Get, "/api/operations/storage-calls");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<StorageCalls>())!;
    }
}

[CollectionDefinition(nameof(StorageCallsHostCollection))]
public sealed class StorageCallsHostCollection : ICollectionFixture<StorageCallsHostFixture>;
