using System.Buffers.Binary;

namespace Bulletin.Intake.Extraction;

/// <summary>
/// The piece table (MS-DOC 2.9.38 Clx, 2.9.177 PlcPcd): where each run of character positions lives in the
/// WordDocument stream, and whether it is stored compressed (8-bit) or as UTF-16LE.
/// </summary>
internal static class PieceTable
{
    public readonly record struct Piece(int CpStart, int CpEnd, int FileOffset, bool Compressed);

    public static IReadOnlyList<Piece> Parse(ReadOnlySpan<byte> table, int clxOffset, int clxLength)
    {
        if (clxLength <= 0 || (long)clxOffset + clxLength > table.Length)
            throw new UnreadableDocumentException(Refusals.DamagedDoc);
        var clx = table.Slice(clxOffset, clxLength);
        var at = 0;
        // Skip the Prc entries (clxt 0x01: direct formatting), up to the Pcdt (clxt 0x02).
        while (at < clx.Length && clx[at] == 0x01)
        {
            if (at + 3 > clx.Length)
                throw new UnreadableDocumentException(Refusals.DamagedDoc);
            at += 3 + BinaryPrimitives.ReadUInt16LittleEndian(clx[(at + 1)..]);
        }
        if (at + 5 > clx.Length || clx[at] != 0x02)
            throw new UnreadableDocumentException(Refusals.DamagedDoc);
        var plcLength = BinaryPrimitives.ReadInt32LittleEndian(clx[(at + 1)..]);
        var plc = clx[(at + 5)..];
        if (plcLength < 4 || plcLength > plc.Length || (plcLength - 4) % 12 != 0)
            throw new UnreadableDocumentException(Refusals.DamagedDoc);
        var count = (plcLength - 4) / 12;
        var pieces = new List<Piece>(count);
        for (var i = 0; i < count; i++)
        {
            var cpStart = BinaryPrimitives.ReadInt32LittleEndian(plc[(4 * i)..]);
            var cpEnd = BinaryPrimitives.ReadInt32LittleEndian(plc[(4 * i + 4)..]);
            var fc = BinaryPrimitives.ReadUInt32LittleEndian(plc[(4 * (count + 1) + 8 * i + 2)..]);
            var compressed = (fc & 0x40000000) != 0;
            var offset = (int)(fc & 0x3FFFFFFF);
            if (cpStart < 0 || cpEnd < cpStart)
                throw new UnreadableDocumentException(Refusals.DamagedDoc);
            pieces.Add(new Piece(cpStart, cpEnd, compressed ? offset / 2 : offset, compressed));
        }
        return pieces;
    }
}
