using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Bulletin.Storage;

namespace Bulletin.Intake.Storage;

/// <summary>Raw inbound requests in blob container <c>inbound</c>, kept as received: nothing SendGrid
/// delivered is lost, whatever happens to it later.</summary>
public sealed class InboundMailStore(BlobServiceClient blobs, TimeProvider clock)
{
    public const string ContainerName = "inbound";
    private BlobContainerClient Container => blobs.GetBlobContainerClient(ContainerName);

    public async Task<InboundDelivery> SaveAsync(Stream body, string contentType, CancellationToken cancellationToken)
    {
        await Container.EnsureExistsAsync(cancellationToken);
        var receivedAt = clock.GetUtcNow();
        var name = $"{receivedAt:yyyy/MM/dd}/{receivedAt:HHmmssfff}-{Guid.NewGuid():N}.multipart";
        await Container.GetBlobClient(name).UploadAsync(body, new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            Conditions = new BlobRequestConditions { IfNoneMatch = Azure.ETag.All },
        }, cancellationToken);
        return new InboundDelivery(name, contentType, receivedAt);
    }

    public async Task<Stream> OpenAsync(string blobName, CancellationToken cancellationToken) =>
        (await Container.GetBlobClient(blobName).DownloadStreamingAsync(cancellationToken: cancellationToken)).Value.Content;
}
