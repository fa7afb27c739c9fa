namespace Bulletin.Intake.Extraction;

/// <summary>
/// Keeps the part of a mail body the sender wrote: drops lines quoted with "&gt;", and cuts at the first
/// signature delimiter ("-- " or "--" alone), "发自我的…"/"Sent from …" line, or header of a quoted original
/// ("-----原始邮件-----", "------------------ Original ------------------", "…写道：", "On … wrote:").
/// When nothing is written above a quoted original (a bare forward), the original's text is kept instead,
/// without its 发件人/From/主题/Subject… header lines.
/// </summary>
internal static class MailTextTrimmer
{
    private static readonly string[] HeaderPrefixes =
        ["发件人", "发送时间", "时间", "日期", "收件人", "抄送", "主题", "From", "Sent", "Date", "To", "Cc", "Subject"];

    public static IReadOnlyList<string> Trim(IReadOnlyList<string> lines)
    {
        var kept = lines.Where(l => !l.TrimStart().StartsWith('>')).ToList();
        var cut = kept.FindIndex(IsCutLine);
        if (cut < 0)
            return kept;
        var own = kept.Take(cut).ToList();
        if (own.Any(l => l.Trim().Length > 0) || !IsOriginalHeader(kept[cut]))
            return own;
        var original = kept.Skip(cut + 1).SkipWhile(l => l.Trim().Length == 0 || IsHeaderLine(l)).ToList();
        return Trim(original);
    }

    /// <summary>Only what the sender wrote above the first quote, signature or quoted original; never the original itself.</summary>
    public static IReadOnlyList<string> WrittenAbove(IReadOnlyList<string> lines) =>
        lines.TakeWhile(l => !l.TrimStart().StartsWith('>') && !IsCutLine(l)).ToList();

    private static bool IsCutLine(string line) =>
        line.TrimEnd() == "--" || IsSentFrom(line.Trim()) || IsOriginalHeader(line);

    private static bool IsSentFrom(string line) =>
        line.Length <= 60 && (line.StartsWith("发自我的", StringComparison.Ordinal)
            || line.StartsWith("Sent from ", StringComparison.OrdinalIgnoreCase));

    private static bool IsOriginalHeader(string line)
    {
        var text = line.Trim();
        var bare = text.Trim('-', ' ', '_', '=');
        return (text.StartsWith("---", StringComparison.Ordinal) && bare is "原始邮件" or "Original" or "Original Message"
                or "转发的邮件" or "Forwarded message" or "邮件原文")
            || (text.Length <= 120 && (text.EndsWith("写道：", StringComparison.Ordinal) || text.EndsWith("写道:", StringComparison.Ordinal)))
            || (text.StartsWith("On ", StringComparison.Ordinal) && text.EndsWith("wrote:", StringComparison.Ordinal));
    }

    private static bool IsHeaderLine(string line)
    {
        var text = line.Trim();
        return HeaderPrefixes.Any(p => text.StartsWith(p, StringComparison.OrdinalIgnoreCase)
            && text.Length > p.Length && text[p.Length..].TrimStart() is [':' or '：', ..]);
    }
}
