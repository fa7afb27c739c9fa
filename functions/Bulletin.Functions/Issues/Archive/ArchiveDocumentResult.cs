using Bulletin.Issues.Archive;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Bulletin.Functions.Issues.Archive;

/// <summary>A stored document streamed to the reader as a download: its own content type, the Chinese file name as RFC 5987
/// <c>filename*</c> beside an ASCII <c>filename</c>, and headers that keep a downloaded HTML page from running anything.</summary>
internal static class ArchiveDocumentResult
{
    public static IActionResult Stream(HttpResponse response, ArchiveDownload download)
    {
        response.Headers.ContentDisposition = download.Document.ContentDisposition;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.CacheControl = "private, no-store";
        response.ContentLength = download.Length;
        return new FileStreamResult(download.Content, download.Document.ContentType);
    }
}
