namespace Bulletin.Issues;

/// <summary>Breaks a headline at phrase boundaries: after a space or punctuation, never inside a quotation, parentheses or a
/// number; of the fewest lines that fit, the most balanced (the longest line as short as possible).</summary>
public static class HeadlineBreaker
{
    private const string Opening = "“‘（《【「『(";
    private const string Closing = "”’）》】」』)";
    private const string PhraseEnd = "，、；：。！？—… ";

    /// <summary>Line ranges (start, length) over <paramref name="widths"/>; null when no break at a phrase boundary fits.</summary>
    public static IReadOnlyList<(int Start, int Length)>? Break(string text, IReadOnlyList<double> widths, double lineWidth)
    {
        var candidates = Boundaries(text).Append(text.Length).ToList();
        // best[i]: (lines, longest line) of the best way to set text[..candidates[i]].
        var best = new (int Lines, double Longest, int From)[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
        {
            best[i] = (int.MaxValue, double.MaxValue, -1);
            for (var j = -1; j < i; j++)
            {
                var from = j < 0 ? 0 : candidates[j];
                if (j >= 0 && best[j].Lines == int.MaxValue) continue;
                var width = Width(widths, from, candidates[i]);
                if (width > lineWidth + 0.01) continue;
                var (lines, longest) = j < 0 ? (1, width) : (best[j].Lines + 1, Math.Max(best[j].Longest, width));
                if (lines < best[i].Lines || (lines == best[i].Lines && longest < best[i].Longest))
                    best[i] = (lines, longest, j);
            }
        }
        if (best[^1].Lines == int.MaxValue) return null;
        var ranges = new List<(int, int)>();
        for (var i = candidates.Count - 1; i >= 0; i = best[i].From)
        {
            var from = best[i].From < 0 ? 0 : candidates[best[i].From];
            ranges.Insert(0, (from, candidates[i] - from));
        }
        return ranges;
    }

    /// <summary>The headline's lines for a renderer that measures no glyphs (the DOCX): ideographs one em, ASCII half;
    /// the whole headline as one line when no phrase boundary fits.</summary>
    public static IReadOnlyList<string> Lines(string text, double charactersPerLine)
    {
        var widths = text.Select(c => char.IsAscii(c) ? 0.5 : 1.0).ToArray();
        return Break(text, widths, charactersPerLine)?.Select(r => text.Substring(r.Start, r.Length).TrimEnd()).ToList() ?? [text];
    }

    /// <summary>The headline cut at every phrase boundary <see cref="Break"/> may choose, for a renderer whose reader's browser
    /// picks the breaks among them (the HTML).</summary>
    public static IReadOnlyList<string> Phrases(string text)
    {
        var cuts = Boundaries(text).Prepend(0).Append(text.Length).ToList();
        return [.. cuts.Zip(cuts.Skip(1), (from, to) => text[from..to])];
    }

    // Positions after a space or punctuation, or before an opening mark, outside any quotation or parentheses.
    private static IEnumerable<int> Boundaries(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (Opening.Contains(text[i])) depth++;
            else if (Closing.Contains(text[i])) depth = Math.Max(0, depth - 1);
            var boundary = PhraseEnd.Contains(text[i]) || Closing.Contains(text[i]) || Opening.Contains(text[i + 1]);
            if (depth == 0 && boundary && ChineseLineBreaker.CanBreakBefore(text, i + 1))
                yield return i + 1;
        }
    }

    private static double Width(IReadOnlyList<double> widths, int from, int to)
    {
        var width = 0.0;
        for (var i = from; i < to; i++)
            width += widths[i];
        return width;
    }
}
