using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Bulletin.Storage;

namespace Bulletin.Issues.Storage;

/// <summary>The documents of published issues in blob container <c>issues</c>, each written once: the upload carries
/// <c>If-None-Match: *</c>, so an existing document is never replaced (in Azure the container is also WORM).</summary>
public sealed class IssueDocumentStore(BlobServiceClient blobs)
{
    public const string ContainerName = "issues";
    /// <summary>Metadata key holding <see cref="IssueContentHash"/> of the model the document was rendered from.</summary>
    public const string ContentHashKey = "issuecontenthash";

    private BlobContainerClient Container => blobs.GetBlobContainerClient(ContainerName);

    /// <summary>Writes the document unless it exists; an existing one counts as stored when it was rendered from the same
    /// content (<paramref name="contentHash"/>), and as refused otherwise.</summary>
    public async Task<IssueDocumentWrite> WriteOnceAsync(IssueDocument document, string contentHash, CancellationToken cancellationToken)
    {
        await Container.EnsureExistsAsync(cancellationToken);
        var blob = Container.GetBlobClient(document.BlobName);
        var options = new BlobUploadOptions
        {
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            HttpHeaders = new BlobHttpHeaders { ContentType = document.ContentType, ContentDisposition = document.ContentDisposition },
            Metadata = new Dictionary<string, string> { [ContentHashKey] = contentHash },
        };
        try
        {
            await blob.UploadAsync(document.Content, options, cancellationToken);
            return IssueDocumentWrite.Written;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            var existing = await blob.GetPropertiesAsync(cancellationToken: cancellationToken);
            return existing.Value.Metadata.TryGetValue(ContentHashKey, out var stored) && stored == contentHash
                ? IssueDocumentWrite.AlreadyThere
                : IssueDocumentWrite.RefusedOtherContent;
        }
    }

    public async Task<BinaryData?> ReadAsync(string blobName, CancellationToken cancellationToken)
    {
        var blob = Container.GetBlobClient(blobName);
        try
        {
            return (await blob.DownloadContentAsync(cancellationToken)).Value.Content;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The stored document opened for streaming, with its length; null when it is not stored.</summary>
    public async Task<(Stream Content, long Length)?> OpenAsync(IssueDocument document, CancellationToken cancellationToken)
    {
        try
        {
            var download = (await Container.GetBlobClient(document.BlobName).DownloadStreamingAsync(cancellationToken: cancellationToken)).Value;
            return (download.Content, download.Details.ContentLength);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}

/// <summary>What writing one document did.</summary>
public enum IssueDocumentWrite
{
    Written,
    /// <summary>It was stored before, from the same content: a retried step.</summary>
    AlreadyThere,
    /// <summary>A document from other content is stored under the name; it stays as it was.</summary>
    RefusedOtherContent,
}
