using NPOI.POIFS.FileSystem;

namespace Bulletin.Intake.Extraction;

/// <summary>
/// Reads the text of a Word 97-2003 .doc: NPOI opens the compound file, and the FIB and piece table locate
/// the main text in the WordDocument stream. Formatting is not read, so the title comes from the plain-text rule.
/// </summary>
internal static class DocReader
{
    public static IReadOnlyList<string> Read(byte[] bytes)
    {
        var (word, table1, table0, encryptedPackage) = ReadStreams(bytes);
        // An encrypted .docx is a compound file holding the encrypted package.
        if (encryptedPackage)
            throw new UnreadableDocumentException(Refusals.Encrypted);
        var fib = Fib.Parse(word ?? throw new UnreadableDocumentException(Refusals.DamagedDoc));
        if (fib.Encrypted)
            throw new UnreadableDocumentException(Refusals.Encrypted);
        var table = (fib.UsesTable1 ? table1 : table0) ?? throw new UnreadableDocumentException(Refusals.DamagedDoc);
        var pieces = PieceTable.Parse(table, fib.ClxOffset, fib.ClxLength);
        return DocText.Paragraphs(DocTextDecoder.Decode(word, pieces, fib.MainTextLength));
    }

    // A file cut short of the sectors it declares (WPS writes such .doc files) is read again padded with zeros.
    private static (byte[]? Word, byte[]? Table1, byte[]? Table0, bool EncryptedPackage) ReadStreams(byte[] bytes) =>
        TryOpen(bytes) ?? (CompoundFilePadding.Pad(bytes) is { } padded ? TryOpen(padded) : null)
        ?? throw new UnreadableDocumentException(Refusals.DamagedDoc);

    private static (byte[]? Word, byte[]? Table1, byte[]? Table0, bool EncryptedPackage)? TryOpen(byte[] bytes)
    {
        try
        {
            return ReadStreams(new POIFSFileSystem(new MemoryStream(bytes, writable: false)));
        }
        // NPOI fails on a broken compound file with whatever its parsing code happens to hit (even
        // NullReferenceException); only NPOI runs in this block, so anything but memory exhaustion is bad input.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    private static (byte[]? Word, byte[]? Table1, byte[]? Table0, bool EncryptedPackage) ReadStreams(POIFSFileSystem file) =>
        (Stream(file, "WordDocument"), Stream(file, "1Table"), Stream(file, "0Table"), file.Root.HasEntry("EncryptionInfo"));

    // A stream whose sector chain ends before its declared size (WPS; POI's "Block 52 not found") is read as far as it goes.
    private static byte[]? Stream(POIFSFileSystem file, string name)
    {
        if (!file.Root.HasEntry(name))
            return null;
        using var stream = file.CreateDocumentInputStream(name);
        var bytes = new byte[stream.Available()];
        var read = 0;
        try
        {
            while (read < bytes.Length && stream.Read(bytes, read, Math.Min(512, bytes.Length - read)) is > 0 and var count)
                read += count;
        }
        catch (Exception e) when (e is not OutOfMemoryException && read > 0)
        {
            // what was read is kept
        }
        return bytes[..read];
    }
}
