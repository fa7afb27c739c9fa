using Bulletin.Functions.Pipeline;
using Microsoft.AspNetCore.Http;

namespace Bulletin.Functions.Directory;

/// <summary>Reads an uploaded file from a multipart form (first file) or from the raw body, into memory:
/// spreadsheet readers need a seekable stream.</summary>
internal static class UploadedFile
{
    public static async Task<(Stream? Content, string? FileName, string? ContentType)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await RequestForm.ReadAsync(request, cancellationToken);
            if (form.Files.Count == 0)
                return (null, null, null);
            var file = form.Files[0];
            return (await CopyAsync(file.OpenReadStream(), cancellationToken), file.FileName, file.ContentType);
        }
        var buffer = await CopyAsync(request.Body, cancellationToken);
        return buffer.Length == 0 ? (null, null, null) : (buffer, request.Query["fileName"].FirstOrDefault(), request.ContentType);
    }

    private static async Task<MemoryStream> CopyAsync(Stream source, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        await source.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        return buffer;
    }
}
