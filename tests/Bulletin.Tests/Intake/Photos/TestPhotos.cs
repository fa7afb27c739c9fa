using System.Buffers.Binary;
using Bulletin.Intake;
using Bulletin.Issues;
using Bulletin.Tests.Intake.Extraction;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Tests.Intake.Photos;

/// <summary>A small real JPEG (320 × 240, committed: a page rendered by poppler's pdftoppm), the same with an EXIF segment as a
/// phone writes it (camera make, orientation, GPS position), and a .docx with it as an inline picture and a caption.</summary>
internal static class TestPhotos
{
    public const string CameraMake = "TestCam";

    public static byte[] Jpeg { get; } = File.ReadAllBytes(Path.Combine(TestData, "page-320x240.jpg"));

    private static string TestData => Path.GetFullPath(Path.Combine(Fixtures.TestPaths.RepositoryRoot, "tests", "Bulletin.Tests", "Intake", "TestData", "Photos"));

    /// <summary>GPS latitude 34° 45′ 12.34″ as three RATIONALs, the bytes a test looks for after stripping.</summary>
    public static readonly byte[] Latitude = [0, 0, 0, 34, 0, 0, 0, 1, 0, 0, 0, 45, 0, 0, 0, 1, 0, 0, 0x04, 0xD2, 0, 0, 0, 100];

    /// <summary>The JPEG with an APP1 EXIF right after SOI: IFD0 with Make, Orientation and the GPS IFD's offset; the GPS IFD
    /// with GPSLatitudeRef N and GPSLatitude (big-endian TIFF).</summary>
    public static byte[] WithExif(byte[] jpeg, int orientation = 1)
    {
        var tiff = new byte[112];
        void U16(int at, int v) => BinaryPrimitives.WriteUInt16BigEndian(tiff.AsSpan(at), (ushort)v);
        void U32(int at, long v) => BinaryPrimitives.WriteUInt32BigEndian(tiff.AsSpan(at), (uint)v);
        void Entry(int at, int tag, int type, int count, long value) { U16(at, tag); U16(at + 2, type); U32(at + 4, count); U32(at + 8, value); }
        "MM"u8.CopyTo(tiff); U16(2, 42); U32(4, 8);
        U16(8, 3);
        Entry(10, 0x010F, 2, 8, 50);                  // Make, ASCII at 50
        Entry(22, 0x0112, 3, 1, orientation << 16);   // Orientation, SHORT in the value's first half
        Entry(34, 0x8825, 4, 1, 58);                  // GPS IFD at 58
        U32(46, 0);
        "TestCam\0"u8.CopyTo(tiff.AsSpan(50));
        U16(58, 2);
        Entry(60, 0x0001, 2, 2, 0x4E000000);          // GPSLatitudeRef "N"
        Entry(72, 0x0002, 5, 3, 88);                  // GPSLatitude at 88
        U32(84, 0);
        Latitude.CopyTo(tiff.AsSpan(88));
        var length = 2 + 6 + tiff.Length;
        byte[] app1 = [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. "Exif\0\0"u8, .. tiff];
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }

    /// <summary>The bytes from the first scan on: what must reach the PDF unchanged.</summary>
    public static byte[] ScanData(byte[] jpeg) => jpeg[jpeg.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xFF, 0xDA])..];

    /// <summary>A .docx: a title, a paragraph, the photo inline with its centred caption below, another paragraph.</summary>
    public static byte[] Docx(string title, string before, byte[] jpeg, string caption, string after)
    {
        using var stream = DocxDocuments.Create((main, body) =>
        {
            body.Append(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), DocxDocuments.Run(title, bold: true)));
            body.Append(DocxDocuments.Paragraph(DocxDocuments.Run(before)));
            var photo = new ArticlePhoto("inline", "image/jpeg", 320, 240, 1, caption, 1) { Content = BinaryData.FromBytes(jpeg) };
            body.Append([.. DocxPhotos.Photo(main, photo)]);
            body.Append(DocxDocuments.Paragraph(DocxDocuments.Run(after)));
        });
        return stream.ToArray();
    }
}
