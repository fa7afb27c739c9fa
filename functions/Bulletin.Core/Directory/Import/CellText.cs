using System.Text;
using System.Text.RegularExpressions;

namespace Bulletin.Directory.Import;

/// <summary>How cell text is cleaned before it is checked: Unicode NFC, surrounding whitespace (full-width spaces
/// and zero-width marks included) removed; in names, spaces that only pad Chinese characters are dropped.</summary>
internal static partial class CellText
{
    private static readonly char[] Invisible = ['\uFEFF', '\u200B', '\u200C', '\u200D', '\u2060'];

    public static string Trim(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
            return "";
        var text = raw.Trim().Trim(Invisible).Trim();
        return text.IsNormalized() ? text : text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>A unit, person or category name: “王　刚” (padded to align in a table) becomes “王刚”;
    /// other runs of whitespace become one space (“Li  Ming” → “Li Ming”).</summary>
    public static string Name(string? raw)
    {
        var text = Trim(raw);
        text = SpaceBetweenChinese().Replace(text, "");
        return Whitespace().Replace(text, " ");
    }

    public static bool HasWhitespace(string text) => text.Any(char.IsWhiteSpace);

    [GeneratedRegex(@"(?<=[\p{IsCJKUnifiedIdeographs}\u3400-\u4DBF])\s+(?=[\p{IsCJKUnifiedIdeographs}\u3400-\u4DBF])")]
    private static partial Regex SpaceBetweenChinese();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
