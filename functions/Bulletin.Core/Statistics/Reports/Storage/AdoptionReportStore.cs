using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Bulletin.Storage;

namespace Bulletin.Statistics.Reports.Storage;

/// <summary>The reports in blob container <c>reports</c> (<c>adoption/2026-10/采用通报-2026-10.html</c> and <c>.docx</c>), each
/// written once (<c>If-None-Match: *</c>): a later run of the same month keeps and mails what was stored first.</summary>
public sealed class AdoptionReportStore(BlobServiceClient blobs)
{
    public const string ContainerName = "reports";
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private BlobContainerClient Container => blobs.GetBlobContainerClient(ContainerName);

    public static string BlobName(StatisticsPeriod month, string fileName) => $"adoption/{month.Code}/{fileName}";

    /// <summary>Stores <paramref name="content"/> unless something is stored under the name; returns what is stored.</summary>
    public async Task<byte[]> WriteOnceAsync(string blobName, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        await Container.EnsureExistsAsync(cancellationToken);
        var blob = Container.GetBlobClient(blobName);
        try
        {
            await blob.UploadAsync(BinaryData.FromBytes(content), new BlobUploadOptions
            {
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            }, cancellationToken);
            return content;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return (await blob.DownloadContentAsync(cancellationToken)).Value.Content.ToArray();
        }
    }
}
