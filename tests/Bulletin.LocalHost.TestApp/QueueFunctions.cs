using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;

namespace Bulletin.LocalHost.TestApp;

public sealed class QueueFunctions(BlobContainerClient records)
{
    [Function(nameof(CompleteWork))]
    public async Task CompleteWork([QueueTrigger("work")] string message)
    {
        await records.CreateIfNotExistsAsync();
        await records.UploadBlobAsync($"done/{Guid.NewGuid()}", BinaryData.FromString(message));
    }

    /// <summary>Always fails, recording each try, so the tests can watch retries end in the poison queue.</summary>
    [Function(nameof(FailWork))]
    public async Task FailWork([QueueTrigger("failing-work")] string message, long dequeueCount, string id)
    {
        await records.CreateIfNotExistsAsync();
        await records.UploadBlobAsync($"attempts/{id}/{dequeueCount}", BinaryData.FromString(message));
        throw new InvalidOperationException($"Failing on purpose, try {dequeueCount}");
    }
}
