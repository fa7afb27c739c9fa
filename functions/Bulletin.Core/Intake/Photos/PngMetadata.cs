using System.Buffers.Binary;

namespace Bulletin.Intake.Photos;

/// <summary>Reads a PNG's chunks: its size from IHDR; drops eXIf, tEXt, zTXt, iTXt and tIME (whole chunks, so the others keep
/// their CRCs) and keeps the image data as it is. A PNG is taken as upright: cameras write JPEG, and few viewers turn a PNG.</summary>
internal static class PngMetadata
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly string[] Dropped = ["eXIf", "tEXt", "zTXt", "iTXt", "tIME"];

    public static bool IsPng(byte[] b) => b.Length > 33 && b.AsSpan(0, 8).SequenceEqual(Signature);

    public static PhotoImage? Clean(byte[] bytes)
    {
        using var kept = new MemoryStream(bytes.Length);
        kept.Write(Signature);
        int width = 0, height = 0, at = 8;
        while (at + 12 <= bytes.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at));
            if (length > int.MaxValue - 12 || at + 12 + (long)length > bytes.Length)
                return null;
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            if (type == "IHDR" && length >= 8)
                (width, height) = ((int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at + 8)), (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(at + 12)));
            if (!Dropped.Contains(type))
                kept.Write(bytes, at, 12 + (int)length);
            at += 12 + (int)length;
            if (type == "IEND")
                return width > 0 && height > 0 ? new PhotoImage(kept.ToArray(), "image/png", width, height, 1) : null;
        }
        return null;
    }
}
