namespace Bulletin.Issues;

/// <summary>Sets a line of a paragraph to an exact width: the remainder is spread over the gaps between characters, an overflow squeezed out of full-width punctuation.</summary>
/// <remarks>Only positions change, never the characters, so the extracted text stays as written.</remarks>
internal static class PdfLineJustifier
{
    /// <summary>The x offset of each character of text[start..start+length] from the line's start.</summary>
    public static double[] Offsets(string text, IReadOnlyList<double> widths, int start, int length, double width)
    {
        var natural = 0.0;
        var gaps = 0;
        for (var i = start; i < start + length; i++)
        {
            natural += widths[i];
            if (i > start && ChineseLineBreaker.CanStretchBefore(text, i)) gaps++;
        }
        var room = ChineseLineBreaker.SqueezeRoom(text, widths, start, start + length);
        var extra = width - natural;
        var stretch = extra > 0 && gaps > 0 ? extra / gaps : 0;
        var squeeze = extra < 0 && room > 0 ? Math.Min(1, -extra / room) : 0;
        var offsets = new double[length];
        var x = 0.0;
        for (var i = start; i < start + length; i++)
        {
            var taken = i < start + length - 1 ? squeeze * ChineseLineBreaker.SqueezeRoom(text[i], widths[i]) : 0;
            if (i > start && ChineseLineBreaker.CanStretchBefore(text, i)) x += stretch;
            if (IsOpening(text[i])) x -= taken; // an opening mark's blank half is before its ink
            offsets[i - start] = x;
            x += widths[i] - (IsOpening(text[i]) ? 0 : taken);
        }
        return offsets;
    }

    private static bool IsOpening(char c) => "（【「『《〈“‘".Contains(c);
}
