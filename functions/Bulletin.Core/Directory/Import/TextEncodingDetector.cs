using System.Text;

namespace Bulletin.Directory.Import;

/// <summary>Finds the encoding of a CSV file: a byte order mark decides; without one, text that is valid UTF-8
/// is UTF-8, and anything else is GB18030 — the superset of GBK and GB2312 that Chinese Excel and WPS save.</summary>
internal static class TextEncodingDetector
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>GB18030 (code page 54936); needs the code pages provider, which this class registers once.</summary>
    public static Encoding Gb18030 { get; } = RegisterCodePagesAndGet(54936);

    // Field initialisers run before a static constructor's body, so registration happens here.
    private static Encoding RegisterCodePagesAndGet(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    public static bool HasUnicodeByteOrderMark(ReadOnlySpan<byte> content) =>
        content.StartsWith(Encoding.UTF8.Preamble) || content.StartsWith(Encoding.Unicode.Preamble) || content.StartsWith(Encoding.BigEndianUnicode.Preamble);

    /// <summary>The text of the file, without its byte order mark.</summary>
    public static string Decode(byte[] content)
    {
        foreach (var withMark in new[] { Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode })
        {
            var mark = withMark.Preamble;
            if (content.AsSpan().StartsWith(mark))
                return withMark.GetString(content, mark.Length, content.Length - mark.Length);
        }
        try
        {
            return StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return Gb18030.GetString(content);
        }
    }
}
