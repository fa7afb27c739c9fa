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

    /// <summary>Whether <paramref name="blobName"/> has the shape of a name <see cref="SaveAsync"/> gives (no other blob is served).</summary>
    public static bool IsStoredRequestName(string? blobName) =>
        blobName is not null && System.Text.RegularExpressions.Regex.IsMatch(blobName, @"^\d{4}/\d{2}/\d{2}/\d{9}-[0-9a-f]{32}\.multipart$");

    /// <summary>A stored request for download, or null when there is none by that name.</summary>
    public async Task<Stream?> TryOpenAsync(string blobName, CancellationToken cancellationToken)
    {
        try
        {
            return await OpenAsync(blobName, cancellationToken);
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>What identifies a mail across deliveries: its Message-ID, or where it has none the SHA-256 of the stored
    /// request, since SendGrid's retry of a post repeats its bytes.</summary>
    public async Task<string> MailKeyAsync(InboundDelivery delivery, string? messageId, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(messageId))
            return messageId;
        await using var content = await OpenAsync(delivery.BlobName, cancellationToken);
        return "request:" + Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(content, cancellationToken));
    }

    public async Task<Stream> OpenAsync(string blobName, CancellationToken cancellationToken) =>
        (await Container.GetBlobClient(blobName).DownloadStreamingAsync(cancellationToken: cancellationToken)).Value.Content;
}
