using Azure.Storage.Blobs;
using Microsoft.Extensions.Logging;

namespace Bulletin.Storage;

/// <summary>Whether the app's storage account answers, for the health endpoint.</summary>
public sealed class StorageProbe(BlobServiceClient blobs, ILogger<StorageProbe> logger)
{
    /// <summary>Null when the account answered within five seconds; otherwise <c>timeout</c> or <c>unreachable</c>.</summary>
    public async Task<string?> ProblemAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await blobs.GetPropertiesAsync(timeout.Token);
            return null;
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or OperationCanceledException or HttpRequestException or AggregateException)
        {
            // The caller sees a category, never the exception text: it can carry account details.
            logger.LogWarning(ex, "Storage probe failed");
            return ex is OperationCanceledException ? "timeout" : "unreachable";
        }
    }
}
