using System.Buffers.Binary;
using System.Text;
using PdfSharp.Drawing;

namespace Bulletin.Issues;

/// <summary>Whether a font file is one PDFsharp can subset: a single TrueType-outline face. CFF-outline OpenType (.otf) is
/// embedded whole (several MB for a Chinese face) and a collection (.ttc) not read at all, so both are refused with advice.</summary>
public static class FontFileCheck
{
    /// <summary>What to do with a file that is not usable, said for the log line and the health endpoint.</summary>
    public const string ConvertAdvice =
        "convert it to TrueType outlines with fontforge as functions/Bulletin.Core/Issues/Fonts/README.md explains " +
        "(fontforge -lang=ff -script fandol-to-truetype.pe In.otf Out.ttf FontName Family \"Full Name\")";

    private static readonly string[] RequiredTables = ["cmap", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "name"];

    /// <summary>Null when the file is usable, else why not and what to do.</summary>
    public static string? Problem(byte[] font)
    {
        if (font.Length < 12)
            return "it is not a font file";
        var tag = Encoding.ASCII.GetString(font, 0, 4);
        if (tag == "OTTO")
            return "it is OpenType with CFF outlines, which PDFsharp embeds whole instead of as a subset; " + ConvertAdvice;
        if (tag == "ttcf")
            return "it is a TrueType collection (.ttc); save the one face as a .ttf with fontforge, or " + ConvertAdvice;
        if (tag != "true" && BinaryPrimitives.ReadUInt32BigEndian(font) != 0x00010000)
            return "it is not a TrueType font file";
        var missing = RequiredTables.Except(Tables(font)).ToList();
        if (missing.Count > 0)
            return $"it lacks the TrueType tables {string.Join(", ", missing)}; " + ConvertAdvice;
        return Readable(font);
    }

    private static IEnumerable<string> Tables(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count && 12 + 16 * (i + 1) <= font.Length; i++)
            yield return Encoding.ASCII.GetString(font, 12 + 16 * i, 4);
    }

    // PDFsharp itself reads the face once, so a file it cannot parse is refused here rather than failing a publication.
    private static string? Readable(byte[] font)
    {
        try
        {
            IssueFontResolver.Install();
            _ = new XFont(IssueFontResolver.Register(font), 10).GetHeight();
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException or NotSupportedException)
        {
            return $"PDFsharp cannot read it ({ex.Message}); " + ConvertAdvice;
        }
    }
}
