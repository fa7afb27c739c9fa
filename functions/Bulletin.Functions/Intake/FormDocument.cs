using Bulletin.Intake;
using Microsoft.AspNetCore.Http;

namespace Bulletin.Functions.Intake;

/// <summary>The document uploaded in a form's <c>file</c> field, if any, and the photos (.jpg, .jpeg, .png) in it or in a <c>photos</c> field.</summary>
internal static class FormDocument
{
    public static async Task<UploadedDocument?> ReadAsync(IFormCollection form, CancellationToken cancellationToken)
    {
        if (form.Files.GetFiles("file").FirstOrDefault(f => f.Length > 0 && !IsImage(f)) is not { } file)
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
        var chosen = form.Files.GetFiles("file").Where(IsImage).Concat(form.Files.GetFiles("photos"));
        foreach (var (file, i) in chosen.Where(f => f.Length > 0).Select((f, i) => (f, i)))
        {
            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, cancellationToken);
            var caption = i < captions.Count && captions[i].Length > 0 ? captions[i] : Bulletin.Intake.Photos.MailPhotos.CaptionOf(file.FileName);
            photos.Add(new UploadedPhoto(file.FileName, BinaryData.FromBytes(buffer.ToArray()), caption));
        }
        return photos;
    }

    // The page's one file field takes the document and its photos together.
    private static bool IsImage(IFormFile file) => file.FileName.ToLowerInvariant() is var name
        && (name.EndsWith(".jpg", StringComparison.Ordinal) || name.EndsWith(".jpeg", StringComparison.Ordinal) || name.EndsWith(".png", StringComparison.Ordinal));
}
