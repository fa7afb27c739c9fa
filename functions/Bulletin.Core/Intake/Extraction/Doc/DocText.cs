namespace Bulletin.Intake.Extraction;

/// <summary>
/// Turns Word's main text into paragraphs: 0x0D (paragraph), 0x07 (cell or row end), 0x0B (line break) and
/// 0x0C (page or section break) end a paragraph; field codes between 0x13 and 0x14 are dropped and results
/// between 0x14 and 0x15 kept, nested fields too; tabs become spaces, other control characters go.
/// </summary>
internal static class DocText
{
    public static IReadOnlyList<string> Paragraphs(string text)
    {
        var paragraphs = new List<string>();
        var current = new System.Text.StringBuilder();
        var fields = new Stack<bool>();   // per open field: true once past its separator
        var inCode = 0;                   // open fields still in their code part; counted, not searched, for deep nesting
        foreach (var c in text)
        {
            switch (c)
            {
                case '\u0013': fields.Push(false); inCode++; continue;
                case '\u0014' when fields.Count > 0 && !fields.Peek(): fields.Pop(); fields.Push(true); inCode--; continue;
                case '\u0015' when fields.Count > 0: if (!fields.Pop()) inCode--; continue;
            }
            if (inCode > 0)
                continue;
            if (c is '\r' or '\u0007' or '\u000B' or '\u000C' or '\u000E')
            {
                paragraphs.Add(current.ToString());
                current.Clear();
            }
            else if (c == '\t')
                current.Append(' ');
            else if (c == '\u001E')
                current.Append('-');
            else if (!char.IsControl(c))
                current.Append(c);
        }
        paragraphs.Add(current.ToString());
        return paragraphs;
    }
}
