using System.Text.RegularExpressions;
using Bulletin.Intake.Extraction;
using Bulletin.Intake.Inbound;

namespace Bulletin.Intake.Photos;

/// <summary>The photos a mail carries as image attachments, for the one article of the mail: placed at the article's end, in
/// the order attached, each captioned with its file name without extension unless that is a camera's or app's name
/// (IMG_0001, DSC…, mmexport…, 微信图片_…, image001: then no caption). Pictures smaller than <see cref="MinSide"/> pixels
/// on a side are signatures and logos, not photos, and are left out.</summary>
public static partial class MailPhotos
{
    public const int MinSide = 120;
    private static readonly string[] ImageTypes = [".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp", ".bmp", ".gif", ".tif", ".tiff"];

    public static IReadOnlyList<ExtractedPhoto> Of(InboundMessage message) => message.Attachments
        .Where(a => ImageTypes.Contains(Path.GetExtension(a.FileName).ToLowerInvariant()))
        .Where(a => PhotoImage.Read(a.Content) is not { } image || Math.Min(image.Width, image.Height) >= MinSide)
        .Select(a => new ExtractedPhoto(a.FileName, a.Content, CaptionOf(a.FileName), null))
        .ToList();

    public static string CaptionOf(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName).Trim();
        return DeviceName().IsMatch(name) ? "" : name;
    }

    [GeneratedRegex(@"^(IMG|DSC|DSCN|DCIM|PXL|MVIMG|P|image|photo|mmexport|wx_camera|Screenshot|微信图片|截图|屏幕截图)?[\s_\-\d.()（）]*$", RegexOptions.IgnoreCase)]
    private static partial Regex DeviceName();
}
