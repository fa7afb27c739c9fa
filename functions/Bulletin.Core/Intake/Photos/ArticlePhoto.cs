using System.Text.Json.Serialization;

namespace Bulletin.Intake;

/// <summary>A photo of an article (图片) as stored with its submission and copied into an issue: the blob (content-hashed,
/// <see cref="Storage.PhotoStore"/>), its pixel size as stored, the EXIF orientation the renderers apply (1 = upright),
/// the caption (图片说明, may be empty) and where it stands: after the first <paramref name="AfterParagraph"/> paragraphs.</summary>
public sealed record ArticlePhoto(string Name, string ContentType, int Width, int Height, int Orientation, string Caption, int AfterParagraph)
{
    /// <summary>The image's bytes once loaded for rendering; never stored in tables nor hashed (the name is the content's hash).</summary>
    [JsonIgnore]
    public BinaryData? Content { get; init; }

    /// <summary>Whether the picture is turned a quarter (EXIF orientations 5 to 8), so it shows taller than stored.</summary>
    [JsonIgnore]
    public bool IsQuarterTurned => Orientation is >= 5 and <= 8;

    /// <summary>The size as shown, after the orientation is applied.</summary>
    [JsonIgnore]
    public (int Width, int Height) Shown => IsQuarterTurned ? (Height, Width) : (Width, Height);
}
