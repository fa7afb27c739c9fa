using System.Buffers.Binary;

namespace Bulletin.Intake.Extraction;

/// <summary>
/// The parts of a Word 97-2003 File Information Block (MS-DOC 2.5.1) that locating the text needs:
/// which table stream holds the piece table, whether the file is encrypted, the main text's length and the CLX.
/// </summary>
internal sealed record Fib(bool Encrypted, bool UsesTable1, int MainTextLength, int ClxOffset, int ClxLength)
{
    private const ushort WordIdent = 0xA5EC;
    private const ushort Word97 = 0x00C1;
    private const int ClxPairIndex = 33;   // fcClx/lcbClx in FibRgFcLcb97
    private const int CcpTextIndex = 3;    // ccpText in FibRgLw97

    public static Fib Parse(ReadOnlySpan<byte> word)
    {
        if (word.Length < 34 || BinaryPrimitives.ReadUInt16LittleEndian(word) != WordIdent)
            throw new UnreadableDocumentException(Refusals.DamagedDoc);
        var flags = BinaryPrimitives.ReadUInt16LittleEndian(word[0x0A..]);
        var encrypted = (flags & 0x0100) != 0 || (flags & 0x8000) != 0;
        if (encrypted)
            return new Fib(true, false, 0, 0, 0);
        if (BinaryPrimitives.ReadUInt16LittleEndian(word[0x02..]) < Word97)
            throw new UnreadableDocumentException(Refusals.WordTooOld);
        // FibBase (32 bytes), then csw + fibRgW, cslw + fibRgLw, cbRgFcLcb + fibRgFcLcbBlob.
        var at = 32;
        at += 2 + 2 * Read16(word, at);
        var rgLw = at + 2;
        var cslw = Read16(word, at);
        at = rgLw + 4 * cslw;
        var cbRgFcLcb = Read16(word, at);
        var blob = at + 2;
        if (cslw <= CcpTextIndex || cbRgFcLcb <= ClxPairIndex)
            throw new UnreadableDocumentException(Refusals.DamagedDoc);
        return new Fib(
            false,
            (flags & 0x0200) != 0,
            Read32(word, rgLw + 4 * CcpTextIndex),
            Read32(word, blob + 8 * ClxPairIndex),
            Read32(word, blob + 8 * ClxPairIndex + 4));
    }

    private static int Read16(ReadOnlySpan<byte> bytes, int at) =>
        at + 2 <= bytes.Length ? BinaryPrimitives.ReadUInt16LittleEndian(bytes[at..]) : throw new UnreadableDocumentException(Refusals.DamagedDoc);

    private static int Read32(ReadOnlySpan<byte> bytes, int at) =>
        at + 4 <= bytes.Length && BinaryPrimitives.ReadInt32LittleEndian(bytes[at..]) is >= 0 and var value
            ? value
            : throw new UnreadableDocumentException(Refusals.DamagedDoc);
}
