using System.Text.RegularExpressions;

namespace Bulletin.Intake.Extraction;

/// <summary>
/// Removes what mail clients and senders put before a subject: bracketed tags of up to 10 characters
/// (【报送】, 【投稿】, [信息]), reply and forward markers (转发, 回复, 答复, Fw, Fwd, Re, AW, WG; any case,
/// ASCII or full-width colon), repeated in any order and number.
/// </summary>
internal static partial class SubjectCleaner
{
    public static string Clean(string subject)
    {
        var current = subject.Trim();
        while (true)
        {
            var next = Prefix().Replace(current, "", 1).Trim();
            if (next == current)
                return current;
            current = next;
        }
    }

    [GeneratedRegex(@"^\s*(【[^】]{0,10}】|\[[^\]]{0,10}\]|〔[^〕]{0,10}〕|(转发|回复|答复|fwd?|re|aw|wg)\s*[:：])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prefix();
}
