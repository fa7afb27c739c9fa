using System.Text;

namespace Bulletin.Intake.Inbound;

/// <summary>Turns the charset names mail carries into encodings, and bytes into text.</summary>
internal static class InboundCharsets
{
    // Mail labelled GB2312 or GBK often holds characters only GBK or GB18030 have; GB18030 is a superset of both.
    private static readonly HashSet<string> ChineseSimplified = new(StringComparer.OrdinalIgnoreCase)
    {
        "gb2312", "gb_2312-80", "gb2312-80", "gb-2312", "csgb2312", "csgb231280", "iso-ir-58", "chinese",
        "gbk", "x-gbk", "cp936", "ms936", "windows-936", "euc-cn", "x-euc-cn", "gb18030",
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static InboundCharsets()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Gb18030 = Encoding.GetEncoding(54936);
    }

    public static Encoding Gb18030 { get; }

    /// <summary>The encoding for a charset name; null when the name is empty or unknown.</summary>
    public static Encoding? Resolve(string? charset)
    {
        var name = charset?.Trim().Trim('"', '\'');
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        if (ChineseSimplified.Contains(name))
        {
            return Gb18030;
        }

        if (name.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            return Encoding.UTF8;
        }

        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Decodes bytes in the named charset; without a known one, as UTF-8 when they are valid UTF-8, else as GB18030.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, string? charset) =>
        Resolve(charset) is { } encoding ? encoding.GetString(bytes) : DecodeUnlabelled(bytes);

    /// <summary>Unlabelled 8-bit text from Chinese mail: UTF-8 if it is valid UTF-8, else GB18030.</summary>
    public static string DecodeUnlabelled(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Gb18030.GetString(bytes);
        }
    }
}
