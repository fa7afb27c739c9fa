using Bulletin.Intake;

namespace Bulletin.Issues;

/// <summary>How large a photo prints: the 版心's full width, unless that makes it taller than two thirds of the text area
/// (a portrait photo), then that height, so a photo and its caption always fit one page. In the units given.</summary>
internal static class PhotoLayout
{
    public const double MaxHeightShare = 2.0 / 3;

    public static (double Width, double Height) Fit(ArticlePhoto photo, double textWidth, double textHeight)
    {
        var (width, height) = photo.Shown;
        var scale = Math.Min(textWidth / width, textHeight * MaxHeightShare / height);
        return (width * scale, height * scale);
    }

    /// <summary>What EXIF <paramref name="orientation"/> asks of a viewer: mirror the stored image left to right (2, 4, 5, 7),
    /// then turn it clockwise by the degrees given.</summary>
    public static (int Degrees, bool Mirrored) Turn(int orientation) => orientation switch
    {
        2 => (0, true), 3 => (180, false), 4 => (180, true), 5 => (270, true), 6 => (90, false), 7 => (90, true), 8 => (270, false),
        _ => (0, false),
    };
}
