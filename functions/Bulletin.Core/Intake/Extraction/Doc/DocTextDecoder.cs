namespace Bulletin.Intake.Extraction;

/// <summary>
/// Decodes the main text's characters from the pieces (compressed: 8-bit with MS-DOC's mapping of 0x82–0x9F,
/// otherwise UTF-16LE), keeping only the first ccpText characters: footnotes, headers and comments follow them.
/// </summary>
internal static class DocTextDecoder
{
    // MS-DOC 2.4.1: compressed bytes are Latin-1 except 0x82–0x9F, which take their Windows-1252 meaning;
    // the euro sign (0x80 in Windows-1252) is added as Word 2000 and later write it.
    private static readonly Dictionary<byte, char> Special = new()
    {
        [0x80] = '\u20AC', [0x82] = '\u201A', [0x83] = '\u0192', [0x84] = '\u201E', [0x85] = '\u2026', [0x86] = '\u2020',
        [0x87] = '\u2021', [0x88] = '\u02C6', [0x89] = '\u2030', [0x8A] = '\u0160', [0x8B] = '\u2039',
        [0x8C] = '\u0152', [0x91] = '\u2018', [0x92] = '\u2019', [0x93] = '\u201C', [0x94] = '\u201D',
        [0x95] = '\u2022', [0x96] = '\u2013', [0x97] = '\u2014', [0x98] = '\u02DC', [0x99] = '\u2122',
        [0x9A] = '\u0161', [0x9B] = '\u203A', [0x9C] = '\u0153', [0x9F] = '\u0178',
    };

    public static string Decode(ReadOnlySpan<byte> word, IReadOnlyList<PieceTable.Piece> pieces, int mainTextLength)
    {
        var text = new System.Text.StringBuilder(Math.Min(mainTextLength, word.Length));
        foreach (var piece in pieces.OrderBy(p => p.CpStart))
        {
            var count = Math.Min(piece.CpEnd, mainTextLength) - piece.CpStart;
            if (count <= 0)
                continue;
            var bytes = (long)count * (piece.Compressed ? 1 : 2);
            // A stream shorter than its pieces (WPS) is read as far as it goes.
            if (piece.FileOffset >= word.Length)
                break;
            var span = word.Slice(piece.FileOffset, (int)Math.Min(bytes, word.Length - piece.FileOffset) & (piece.Compressed ? ~0 : ~1));
            if (piece.Compressed)
                foreach (var b in span)
                    text.Append(Special.TryGetValue(b, out var c) ? c : (char)b);
            else
                text.Append(System.Text.Encoding.Unicode.GetString(span));
        }
        return text.ToString();
    }
}
