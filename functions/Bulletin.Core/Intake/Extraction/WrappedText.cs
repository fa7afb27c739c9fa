namespace Bulletin.Intake.Extraction;

/// <summary>
/// Turns lines of plain text into paragraphs, undoing the hard wrapping of mail clients and PDF layout.
/// A blank line, or a next line that starts indented (U+3000, two spaces, a tab), always ends a paragraph.
/// The text counts as wrapped when at least two lines come within 10% of the longest line no longer than
/// 80 characters (or 160 columns, CJK counting two; whichever measure finds more such lines), that longest
/// line is at least 30 characters (60 columns), and few lines are longer. In wrapped text a line that reaches
/// the wrap width continues into the next one — even when it happens to end in 。, as it does when the width
/// falls after a full stop — and a shorter line ends its paragraph. In text that is not wrapped, a line ends
/// its paragraph when it ends in sentence punctuation or is at most 40 characters.
/// With <c>punctuationEndsParagraph</c> (PDF), a line ending in sentence punctuation always ends its paragraph.
/// Joined lines meet without a space, except between two Latin letters or digits.
/// </summary>
internal static class WrappedText
{
    public static IReadOnlyList<string> ToParagraphs(IReadOnlyList<string> lines, bool punctuationEndsParagraph = false)
    {
        var width = WrapWidth.Detect(lines);
        var paragraphs = new List<string>();
        var current = new System.Text.StringBuilder();
        string? previous = null;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.Trim().Length == 0)
            {
                Flush(paragraphs, current);
                previous = null;
                continue;
            }
            if (previous is not null && !Continues(previous, line, width, punctuationEndsParagraph))
                Flush(paragraphs, current);
            Append(current, line);
            previous = line;
        }
        Flush(paragraphs, current);
        return paragraphs;
    }

    private static bool Continues(string previous, string next, WrapWidth width, bool punctuationEndsParagraph)
    {
        if (next.StartsWith('\u3000') || next.StartsWith("  ", StringComparison.Ordinal) || next.StartsWith('\t'))
            return false;
        var text = previous.Trim();
        if (punctuationEndsParagraph && ParagraphText.EndsSentence(text))
            return false;
        if (width.IsWrapped)
            return width.IsFull(text);
        return !ParagraphText.EndsSentence(text) && text.Length > 40;
    }

    private static void Append(System.Text.StringBuilder current, string line)
    {
        var text = line.Trim();
        if (current.Length > 0 && IsLatin(current[^1]) && IsLatin(text[0]))
            current.Append(' ');
        current.Append(text);
    }

    private static bool IsLatin(char c) => char.IsAsciiLetterOrDigit(c) || (c > '\u00BF' && c < '\u0250');

    private static void Flush(List<string> paragraphs, System.Text.StringBuilder current)
    {
        if (current.Length > 0)
            paragraphs.Add(current.ToString());
        current.Clear();
    }
}
