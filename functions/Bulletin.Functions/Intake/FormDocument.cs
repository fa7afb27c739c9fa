using Bulletin.Intake;
using Microsoft.AspNetCore.Http;

namespace Bulletin.Functions.Intake;

/// <summary>The document uploaded in a form's <c>file</c> field, if any, and the photos in its <c>photos</c> field.</summary>
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

    /// <summary>The photos, in the order chosen, each captioned by its part of <c>photoCaptions</c> (separated by ；) or, without one, its file name.</summary>
    public static async Task<IReadOnlyList<UploadedPhoto>> ReadPhotosAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        var captions = form["photoCaptions"].ToString().Split(['；', ';', '\n']).Select(c => c.Trim()).ToList();
        var photos = new List<UploadedPhoto>();
        foreach (var (file, i) in form.Files.GetFiles("photos").Where(f => f.Length > 0).Select((f, i) => (f, i)))
        {
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            var caption = i < captions.Count && captions[i].Length > 0 ? captions[i] : Bulletin.Intake.Photos.MailPhotos.CaptionOf(file.FileName);
            photos.Add(new UploadedPhoto(file.FileName, BinaryData.FromBytes(buffer.ToArray()), caption));
        }
        return photos;
    }
}
