namespace Bulletin.Intake.Extraction;

/// <summary>Pads a compound file that ends before the sectors its header and FAT declare, as WPS sometimes writes .doc
/// files (Apache POI's "Block 52 not found"), so its streams can be read as far as they go; missing sectors read as zeros.</summary>
internal static class CompoundFilePadding
{
    /// <summary>The file padded with zeros to the size its FAT can address (at most <see cref="ArticleExtractor.MaxFileBytes"/>), or null when it is not short.</summary>
    public static byte[]? Pad(byte[] bytes)
    {
        if (bytes.Length < 512) return null;
        var sectorSize = 1L << BitConverter.ToUInt16(bytes, 0x1E); // 512 (version 3) or 4096 (version 4)
        var fatSectors = BitConverter.ToUInt32(bytes, 0x2C);
        if (sectorSize is not (512 or 4096)) return null;
        // The FAT holds sectorSize / 4 entries per FAT sector, one per sector after the header.
        var declared = Math.Min(sectorSize + fatSectors * (sectorSize / 4) * sectorSize, ArticleExtractor.MaxFileBytes);
        if (declared <= bytes.Length) return null;
        var padded = new byte[declared];
        bytes.CopyTo(padded, 0);
        return padded;
    }
}
