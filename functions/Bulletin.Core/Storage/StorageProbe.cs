using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging;

namespace Bulletin.Storage;

/// <summary>Whether the app may use its storage account right now, for the health endpoint. It asks only what the app's
/// identity may do under its data roles in Azure (infra/app/rbac.bicep): one container's properties, one queue's
/// properties and one entity of one table. Never the account's service properties: those need a management permission
/// (<c>blobServices/read</c>) the app's roles deliberately lack, so in Azure such a probe would always fail.</summary>
public sealed class StorageProbe(BlobServiceClient blobs, QueueServiceClient queues, TableServiceClient tables, ILogger<StorageProbe> logger)
{
    /// <summary>Null when all three answered within five seconds; otherwise <c>timeout</c>, <c>forbidden</c> (the identity
    /// lacks a role) or <c>unreachable</c>.</summary>
    public async Task<string?> ProblemAsync(StorageProbeTargets targets, CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            var token = timeout.Token;
            await Task.WhenAll(
                AnsweredAsync(() => blobs.GetBlobContainerClient(targets.Container).GetPropertiesAsync(cancellationToken: token)),
                AnsweredAsync(() => queues.GetQueueClient(targets.Queue).GetPropertiesAsync(token)),
                AnsweredAsync(() => tables.GetTableClient(targets.Table)
                    .QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: token).AsPages().GetAsyncEnumerator(token).MoveNextAsync().AsTask()));
            return null;
        }
        catch (Exception ex) when (ex is RequestFailedException or OperationCanceledException or HttpRequestException or AggregateException)
        {
            // The caller sees a category, never the exception text: it can carry account details.
            logger.LogWarning(ex, "Storage probe failed");
            return ex switch
            {
                OperationCanceledException => "timeout",
                RequestFailedException { Status: 401 or 403 } => "forbidden",
                _ => "unreachable",
            };
        }
    }

    // 404: not created yet (the app creates it on first use); the account answered and allowed the request.
    private static async Task AnsweredAsync(Func<Task> probe)
    {
        try { await probe(); }
        catch (RequestFailedException e) when (e.Status == 404) { }
    }
}

/// <summary>The container, queue and table the health probe asks about: ones the app uses.</summary>
public sealed record StorageProbeTargets(string Container, string Queue, string Table);
