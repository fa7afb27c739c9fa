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

    private static (byte[]? Word, byte[]? Table1, byte[]? Table0, bool EncryptedPackage) ReadStreams(byte[] bytes)
    {
        try
        {
            var file = new POIFSFileSystem(new MemoryStream(bytes, writable: false));
            return (Stream(file, "WordDocument"), Stream(file, "1Table"), Stream(file, "0Table"), file.Root.HasEntry("EncryptionInfo"));
        }
        // NPOI fails on a broken compound file with whatever its parsing code happens to hit (even
        // NullReferenceException); only NPOI runs in this block, so anything but memory exhaustion is bad input.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new UnreadableDocumentException(Refusals.DamagedDoc);
        }
    }

    private static byte[]? Stream(POIFSFileSystem file, string name)
    {
        if (!file.Root.HasEntry(name))
            return null;
        using var stream = file.CreateDocumentInputStream(name);
        var bytes = new byte[stream.Available()];
        stream.ReadFully(bytes);
        return bytes;
    }
}
