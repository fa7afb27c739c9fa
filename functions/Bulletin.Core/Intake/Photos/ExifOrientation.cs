using System.Buffers.Binary;

namespace Bulletin.Intake.Photos;

/// <summary>The EXIF orientation tag (0x0112 in IFD0): read from an APP1 payload, and written as the only tag of a new APP1.</summary>
internal static class ExifOrientation
{
    private const ushort Tag = 0x0112;

    public static int? Read(ReadOnlySpan<byte> app1)
    {
        if (app1.Length < 14 || !app1[..6].SequenceEqual("Exif\0\0"u8))
            return null;
        var tiff = app1[6..];
        var little = tiff[0] == 'I';
        var ifd = U32(tiff, 4, little);
        if (ifd + 2 > tiff.Length)
            return null;
        var count = U16(tiff, (int)ifd, little);
        for (var i = 0; i < count; i++)
        {
            var entry = (int)ifd + 2 + 12 * i;
            if (entry + 12 > tiff.Length)
                return null;
            if (U16(tiff, entry, little) == Tag)
                return U16(tiff, entry + 8, little) is var value and >= 1 and <= 8 ? value : null;
        }
        return null;
    }

    private static ushort U16(ReadOnlySpan<byte> b, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(b[at..]) : BinaryPrimitives.ReadUInt16BigEndian(b[at..]);

    private static uint U32(ReadOnlySpan<byte> b, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(b[at..]) : BinaryPrimitives.ReadUInt32BigEndian(b[at..]);

    /// <summary>APP1 with a big-endian TIFF header and one IFD0 entry: orientation, SHORT, 1 value.</summary>
    public static byte[] Segment(int orientation) =>
    [
        0xFF, 0xE1, 0x00, 0x22, (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0,
        (byte)'M', (byte)'M', 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08,
        0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, (byte)orientation, 0x00, 0x00,
        0x00, 0x00, 0x00, 0x00,
    ];
}
