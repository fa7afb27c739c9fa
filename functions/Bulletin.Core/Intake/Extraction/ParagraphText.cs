namespace Bulletin.Intake.Extraction;

/// <summary>The clean-up every paragraph gets: trimmed, Chinese indentation (U+3000) removed, no-break spaces made plain.</summary>
internal static class ParagraphText
{
    public static string Clean(string text) =>
        text.Replace('\u00A0', ' ').Trim().TrimStart('\u3000', ' ', '\t').TrimEnd('\u3000');

    public static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd().TrimEnd('”', '’', '」', '』', '"', '\'', '）', ')');
        return trimmed.Length > 0 && "。！？；：…!?;:".Contains(trimmed[^1]);
    }

    public static bool EndsClause(string text) =>
        EndsSentence(text) || (text.TrimEnd().Length > 0 && "，、,".Contains(text.TrimEnd()[^1]));
}
