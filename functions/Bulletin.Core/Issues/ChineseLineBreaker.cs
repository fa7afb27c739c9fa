namespace Bulletin.Issues;

/// <summary>Breaks text into lines the Chinese way: between any two CJK characters, with simple kinsoku rules.</summary>
/// <remarks>No line starts with closing punctuation （，。、…） nor ends with opening punctuation （（“…）; Latin words and numbers stay whole.
/// Where a closing mark would have to start the next line, the line keeps it if squeezing its full-width punctuation (标点挤压) makes room.</remarks>
public static class ChineseLineBreaker
{
    private const string NoLineStart = "，。、；：！？）】」』》〉”’…—·,.;:!?)]}%";
    private const string NoLineEnd = "（【「『《〈“‘([{";
    private const string Squeezable = "，。、；：！？）】」』》〉”’（【「『《〈“‘";
    private const int MaxPullBack = 4;

    /// <summary>How much of a full-width punctuation mark's width may be squeezed away: its blank half.</summary>
    public static double SqueezeRoom(char c, double width) => Squeezable.Contains(c) ? width / 2 : 0;

    /// <summary>What a line's punctuation can give back, its last mark excepted so the line still ends on the edge.</summary>
    public static double SqueezeRoom(string text, IReadOnlyList<double> widths, int start, int end)
    {
        var room = 0.0;
        for (var i = start; i < end - 1; i++)
            room += SqueezeRoom(text[i], widths[i]);
        return room;
    }

    /// <summary>Line ranges (start, length) over <paramref name="widths"/>, the width of each UTF-16 unit of <paramref name="text"/>.</summary>
    public static IReadOnlyList<(int Start, int Length)> Break(string text, IReadOnlyList<double> widths, double firstLineWidth, double lineWidth)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        while (start < text.Length)
        {
            var available = lines.Count == 0 ? firstLineWidth : lineWidth;
            var end = Fill(widths, start, available);
            if (end < text.Length)
                end = Squeeze(text, widths, start, end, available) ?? Adjust(text, start, end);
            lines.Add((start, end - start));
            start = end;
        }
        return lines;
    }

    private static int Fill(IReadOnlyList<double> widths, int start, double available)
    {
        var used = 0.0;
        var end = start;
        while (end < widths.Count && used + widths[end] <= available + 0.01)
            used += widths[end++];
        return Math.Max(end, start + 1);
    }

    // Keeps up to two closing marks that may not start a line on this one when the line's punctuation can give their width back.
    private static int? Squeeze(string text, IReadOnlyList<double> widths, int start, int end, double available)
    {
        for (var kept = end + 1; kept <= Math.Min(end + 2, text.Length) && NoLineStart.Contains(text[kept - 1]); kept++)
        {
            if (!CanBreakBefore(text, kept)) continue;
            var used = widths.Skip(start).Take(kept - start).Sum();
            return used - available <= SqueezeRoom(text, widths, start, kept) ? kept : null;
        }
        return null;
    }

    // Moves the break back a few characters until it is allowed; a line that cannot be broken politely is broken where it is full.
    private static int Adjust(string text, int start, int end)
    {
        for (var candidate = end; candidate > start && end - candidate <= MaxPullBack; candidate--)
            if (CanBreakBefore(text, candidate))
                return candidate;
        return char.IsLowSurrogate(text[end]) ? end + 1 : end;
    }

    /// <summary>Whether a line may end before text[index].</summary>
    public static bool CanBreakBefore(string text, int index)
    {
        if (index <= 0 || index >= text.Length) return true;
        char before = text[index - 1], after = text[index];
        if (char.IsLowSurrogate(after)) return false;
        if (NoLineStart.Contains(after) || NoLineEnd.Contains(before)) return false;
        if (after is '—' or '…' && before == after) return false;
        return !(IsWordCharacter(before) && IsWordCharacter(after));
    }

    /// <summary>Whether justification may widen the gap before text[index]: not inside a word, a number, a surrogate pair or a —— or …….</summary>
    public static bool CanStretchBefore(string text, int index)
    {
        char before = text[index - 1], after = text[index];
        if (char.IsLowSurrogate(after) || (after is '—' or '…' && before == after)) return false;
        return !(IsWordCharacter(before) && IsWordCharacter(after));
    }

    private static bool IsWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '+' or '-' or '%';
}
