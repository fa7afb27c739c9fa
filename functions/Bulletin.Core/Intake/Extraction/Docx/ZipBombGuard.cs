using System.IO.Compression;

namespace Bulletin.Intake.Extraction;

/// <summary>
/// Checks a zip's directory before anything inflates it: at most 1,000 entries, 100 MB uncompressed in all,
/// and no entry over 1 MB that expands more than 100 times (small parts such as an empty styles.xml
/// legitimately compress further, and cannot hurt). Only the central directory is read.
/// </summary>
internal static class ZipBombGuard
{
    public const int MaxEntries = 1000;
    public const long MaxTotalBytes = 100L * 1024 * 1024;
    public const long MaxRatio = 100;
    private const long RatioCheckedFrom = 1024 * 1024;

    public static void Check(Stream zip)
    {
        using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        if (archive.Entries.Count > MaxEntries)
            throw new UnreadableDocumentException(Refusals.SuspiciousZip);
        long total = 0;
        foreach (var entry in archive.Entries)
        {
            total += entry.Length;
            var ratioTooHigh = entry.Length > RatioCheckedFrom && entry.Length > MaxRatio * Math.Max(1, entry.CompressedLength);
            if (total > MaxTotalBytes || ratioTooHigh)
                throw new UnreadableDocumentException(Refusals.SuspiciousZip);
        }
    }
}
