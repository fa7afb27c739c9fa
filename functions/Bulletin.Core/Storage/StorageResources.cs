using System.Collections.Concurrent;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Bulletin.Storage;

/// <summary>Creates a table, queue or blob container the first time this process uses it and remembers that it exists,
/// so a store pays the creating round trip once per process and name instead of on every call. Each account and name
/// is its own entry (keyed by URL), so every Azurite a test starts, empty, gets its own resources created.</summary>
/// <remarks>Nothing in the app deletes a table, queue or container; infra/ creates container <c>issues</c> (with its
/// retention policy) and the app creates the rest on first use.</remarks>
public static class StorageResources
{
    private static readonly ConcurrentDictionary<Uri, Lazy<Task>> Created = new();

    public static Task EnsureExistsAsync(this TableClient table, CancellationToken cancellationToken) =>
        OnceAsync(table.Uri, () => table.CreateIfNotExistsAsync(CancellationToken.None), cancellationToken);

    public static Task EnsureExistsAsync(this QueueClient queue, CancellationToken cancellationToken) =>
        OnceAsync(queue.Uri, () => queue.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None), cancellationToken);

    public static Task EnsureExistsAsync(this BlobContainerClient container, CancellationToken cancellationToken) =>
        OnceAsync(container.Uri, () => container.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None), cancellationToken);

    // Callers share one creation, never cancelled by one of them; a failed one is forgotten so the next call tries again.
    private static async Task OnceAsync(Uri resource, Func<Task> create, CancellationToken cancellationToken)
    {
        var creation = Created.GetOrAdd(resource, _ => new Lazy<Task>(create));
        try
        {
            await creation.Value.WaitAsync(cancellationToken);
        }
        catch (Exception) when (creation.Value.IsFaulted)
        {
            Created.TryRemove(KeyValuePair.Create(resource, creation));
            throw;
        }
    }
}
