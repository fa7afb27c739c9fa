using System.Security.Cryptography;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Bulletin.Intake.Photos;
using Bulletin.Storage;

namespace Bulletin.Intake.Storage;

/// <summary>Article photos in blob container <c>photos</c>, one blob per photo named by the SHA-256 of its cleaned bytes: the
/// same photo sent twice (a retried step, a resubmission) is stored once, and a name never changes its content.</summary>
public sealed class PhotoStore(BlobServiceClient blobs)
{
    public const string ContainerName = "photos";
    private BlobContainerClient Container => blobs.GetBlobContainerClient(ContainerName);

    public async Task<string> SaveAsync(PhotoImage image, CancellationToken cancellationToken)
    {
        var name = Convert.ToHexStringLower(SHA256.HashData(image.Content)) + image.Extension;
        await Container.EnsureExistsAsync(cancellationToken);
        try
        {
            await Container.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(image.Content),
                new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = image.ContentType }, Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } },
                cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // Already there: the name is the content's hash, so it holds these very bytes.
        }
        return name;
    }

    public async Task<BinaryData> LoadAsync(string name, CancellationToken cancellationToken) =>
        (await Container.GetBlobClient(name).DownloadContentAsync(cancellationToken)).Value.Content;
}
