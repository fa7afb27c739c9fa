using Bulletin.Intake;
using Microsoft.AspNetCore.Http;

namespace Bulletin.Functions.Intake;

/// <summary>The document uploaded in a form's <c>file</c> field, if any.</summary>
internal static class FormDocument
{
    public static async Task<UploadedDocument?> ReadAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        if (form.Files.GetFile("file") is not { Length: > 0 } file)
            return null;
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        return new UploadedDocument(file.FileName, BinaryData.FromBytes(buffer.ToArray()));
    }
}
