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
    public Task<StorageCalls> StorageCallsAsync() => Http.StorageCallsAsync();
}

public static class StorageCallsReading
{
    /// <summary>The counts so far of a host started with <c>Storage__CountCalls=true</c>, read through the operator endpoint.</summary>
    public static async Task<StorageCalls> StorageCallsAsync(this HttpClient http)
    {
        var response = await http.SendAsOperatorAsync(HttpMethod.Get, "/api/operations/storage-calls");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<StorageCalls>())!;
    }
}

[CollectionDefinition(nameof(StorageCallsHostCollection))]
public sealed class StorageCallsHostCollection : ICollectionFixture<StorageCallsHostFixture>;
