using Microsoft.AspNetCore.Http;

namespace Bulletin.Functions.Pipeline;

/// <summary>Reads a posted form. A body that is no form, or not a readable one (broken multipart, too many parts), is
/// the caller's error: it surfaces as <see cref="BadHttpRequestException"/>, which <see cref="ErrorMiddleware"/> answers 4xx.</summary>
internal static class RequestForm
{
    public static async Task<IFormCollection> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
            throw new BadHttpRequestException("The body is not a form.", StatusCodes.Status415UnsupportedMediaType);
        try
        {
            return await request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is InvalidDataException or IOException and not BadHttpRequestException)
        {
            throw new BadHttpRequestException("The form cannot be read.", StatusCodes.Status400BadRequest, e);
        }
    }
}
