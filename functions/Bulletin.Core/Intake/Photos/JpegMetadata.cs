namespace Bulletin.Intake.Photos;

/// <summary>Reads a JPEG's segments byte-wise: its size from the frame header, its orientation from EXIF; drops every APP1
/// (EXIF with GPS and camera data, XMP), APP12/APP13 (Photoshop/IPTC) and comment, keeping JFIF, ICC (APP2) and Adobe (APP14)
/// that decoders need, and the scan data as it is. A turned photo keeps a minimal EXIF of its orientation alone.</summary>
internal static class JpegMetadata
{
    private const byte Marker = 0xFF, Soi = 0xD8, Sos = 0xDA, App1 = 0xE1, App12 = 0xEC, App13 = 0xED, Comment = 0xFE;

    public static bool IsJpeg(byte[] b) => b.Length > 4 && b[0] == Marker && b[1] == Soi && b[2] == Marker;

    public static PhotoImage? Clean(byte[] bytes)
    {
        using var kept = new MemoryStream(bytes.Length);
        kept.Write(bytes, 0, 2);
        int width = 0, height = 0, orientation = 1, at = 2;
        while (at + 4 <= bytes.Length && bytes[at] == Marker)
        {
            var marker = bytes[at + 1];
            if (marker == Marker) { at++; continue; } // fill byte
            var length = bytes[at + 2] << 8 | bytes[at + 3];
            if (length < 2 || at + 2 + length > bytes.Length)
                return null;
            if (IsFrameHeader(marker) && length >= 7)
                (height, width) = (bytes[at + 5] << 8 | bytes[at + 6], bytes[at + 7] << 8 | bytes[at + 8]);
            if (marker == App1)
                orientation = ExifOrientation.Read(bytes.AsSpan(at + 4, length - 2)) ?? orientation;
            if (marker == Sos)
            {
                if (orientation != 1)
                    kept.Write(ExifOrientation.Segment(orientation));
                kept.Write(bytes, at, bytes.Length - at); // the scans and what follows stay byte for byte
                return width > 0 && height > 0 ? new PhotoImage(kept.ToArray(), "image/jpeg", width, height, orientation) : null;
            }
            if (marker is not (App1 or App12 or App13 or Comment))
                kept.Write(bytes, at, 2 + length);
            at += 2 + length;
        }
        return null;
    }

    // SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC).
    private static bool IsFrameHeader(byte marker) => marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);
}
