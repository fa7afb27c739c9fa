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
        try
        {
            var file = new POIFSFileSystem(new MemoryStream(bytes, writable: false));
            // An encrypted .docx is a compound file holding the encrypted package.
            if (file.Root.HasEntry("EncryptionInfo"))
                throw new UnreadableDocumentException(Refusals.Encrypted);
            if (!file.Root.HasEntry("WordDocument"))
                throw new UnreadableDocumentException(Refusals.DamagedDoc);
            var word = ReadStream(file, "WordDocument");
            var fib = Fib.Parse(word);
            if (fib.Encrypted)
                throw new UnreadableDocumentException(Refusals.Encrypted);
            var tableName = fib.UsesTable1 ? "1Table" : "0Table";
            if (!file.Root.HasEntry(tableName))
                throw new UnreadableDocumentException(Refusals.DamagedDoc);
            var pieces = PieceTable.Parse(ReadStream(file, tableName), fib.ClxOffset, fib.ClxLength);
            return DocText.Paragraphs(DocTextDecoder.Decode(word, pieces, fib.MainTextLength));
        }
        // NPOI reports a broken compound file with whatever its parsing code happens to hit.
        catch (Exception e) when (e is IOException or InvalidOperationException or ArgumentException
            or IndexOutOfRangeException or NotSupportedException or NPOI.Util.RecordFormatException)
        {
            throw new UnreadableDocumentException(Refusals.DamagedDoc);
        }
    }

    private static byte[] ReadStream(POIFSFileSystem file, string name)
    {
        using var stream = file.CreateDocumentInputStream(name);
        var bytes = new byte[stream.Available()];
        stream.ReadFully(bytes);
        return bytes;
    }
}
