using Bulletin.Intake.Extraction;
using Bulletin.Storage;

namespace Bulletin.Intake.Photos;

/// <summary>Checks the photos found with an article against <see cref="PhotoLimits"/>, strips their metadata and places each
/// after its paragraph in the article's final text; what is not taken is said in Chinese for the receipt.</summary>
public static class PhotoIntake
{
    public static (IReadOnlyList<(PhotoImage Image, string Caption, int AfterParagraph)> Taken, IReadOnlyList<string> Refusals) Prepare(
        IReadOnlyList<ExtractedPhoto> photos, IReadOnlyList<string> paragraphs)
    {
        var taken = new List<(PhotoImage, string, int)>();
        var refusals = new List<string>();
        int after = 0, readable = 0;
        foreach (var photo in photos)
        {
            after = Place(paragraphs, photo.AfterText, after);
            if (photo.Content.Length > PhotoLimits.MaxBytes)
                refusals.Add(PhotoLimits.TooLarge(photo.Source, photo.Content.Length));
            else if (PhotoImage.Read(photo.Content) is not { } image)
                refusals.Add(PhotoLimits.Unreadable(photo.Source));
            else if (++readable <= PhotoLimits.MaxPerArticle)
                taken.Add((image, BoundedText.Bound(photo.Caption.Trim(), PhotoLimits.MaxCaptionCharacters), after));
        }
        if (readable > PhotoLimits.MaxPerArticle)
            refusals.Add(PhotoLimits.TooMany(readable));
        return (taken, refusals);
    }

    /// <summary>How many paragraphs stand before a photo that followed <paramref name="afterText"/>: the paragraph with that text (or
    /// ending with it, when a bold lead title was split off), searched from the previous photo's place on; the beginning for "" or
    /// text that is no longer there (the title); the end for null.</summary>
    public static int Place(IReadOnlyList<string> paragraphs, string? afterText, int from)
    {
        if (afterText is null)
            return paragraphs.Count;
        for (var i = Math.Max(from - 1, 0); i < paragraphs.Count; i++)
            if (afterText.Length > 0 && (paragraphs[i] == afterText || afterText.EndsWith(paragraphs[i], StringComparison.Ordinal) && paragraphs[i].Length > 0))
                return i + 1;
        return from;
    }
}
