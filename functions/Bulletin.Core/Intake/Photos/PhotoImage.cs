namespace Bulletin.Intake.Photos;

/// <summary>A JPEG or PNG as the app keeps it: metadata stripped (GPS, camera, XMP, text chunks), the compressed image data
/// untouched so the PDF can embed a JPEG as it is; its pixel size and EXIF orientation read before stripping.</summary>
public sealed record PhotoImage(byte[] Content, string ContentType, int Width, int Height, int Orientation)
{
    public string Extension => ContentType == "image/png" ? ".png" : ".jpg";

    /// <summary>The cleaned image, or null when the bytes are neither a readable JPEG nor PNG.</summary>
    public static PhotoImage? Read(byte[] bytes) =>
        JpegMetadata.IsJpeg(bytes) ? JpegMetadata.Clean(bytes)
        : PngMetadata.IsPng(bytes) ? PngMetadata.Clean(bytes)
        : null;
}
