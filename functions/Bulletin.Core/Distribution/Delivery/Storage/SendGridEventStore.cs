using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Bulletin.Storage;

namespace Bulletin.Distribution.Delivery.Storage;

/// <summary>Verified Event Webhook batches in blob container <c>sendgrid-events</c>, kept as received before they
/// are applied and acknowledged: a ledger bug can be replayed from them.</summary>
public sealed class SendGridEventStore(BlobServiceClient blobs, TimeProvider clock)
{
    public const string ContainerName = "sendgrid-events";

    /// <summary>Stores the body under the day of receipt and its SHA-256, so SendGrid's retry of the same batch is kept once.</summary>
    public async Task<string> SaveAsync(ReadOnlyMemory<byte> body, string signedTimestamp, CancellationToken cancellationToken)
    {
        var container = blobs.GetBlobContainerClient(ContainerName);
        await container.EnsureExistsAsync(cancellationToken);
        var name = $"{clock.GetUtcNow():yyyy/MM/dd}/{Convert.ToHexStringLower(SHA256.HashData(body.Span))}.json";
        try
        {
            await container.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(body), new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
                Metadata = new Dictionary<string, string> { ["signedtimestamp"] = signedTimestamp },
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // The same bytes already stored today: a retry.
        }
        return name;
    }
}
