using Bulletin.Issues.Markings;
using Bulletin.Markup;
using static Bulletin.Issues.IssueHtmlStyles;

namespace Bulletin.Issues;

/// <summary>The HTML rendering's print markings: 份号 and 密级 (or 内部资料) above the masthead, 编者按 paragraphs and 共印N份 at
/// the right of the 版记's last line; each nothing when the issue has none, so such issues render as before.</summary>
internal static class IssueHtmlMarkings
{
    public static Html Top(BulletinIssue issue) => issue.Markings?.TopLines() is { Count: > 0 } lines
        ? Html.Of($"<div class=\"markings\" style=\"{MarkingsTop}\">{lines.Select(l => Html.Of($"<p style=\"{MarkingLine}\">{l}</p>"))}</div>\n")
        : Html.Empty;

    public static Html Note(string? note) => note is null ? Html.Empty
        : Html.Of($"<p class=\"editors-note\" style=\"{NoteParagraph}\">{Markings.EditorsNote.Printed(note)}</p>\n");

    /// <summary>The 版记's last line with 共印N份 at its right, or null when no count is printed.</summary>
    public static Html? LastFooterLine(BulletinIssue issue, string text) => issue.Markings?.CopiesText is { } copies
        ? Html.Of($"<table role=\"presentation\" style=\"{FooterTable}\"><tr><td style=\"{Left}\">{text}</td><td style=\"{Right}\">{copies}</td></tr></table>\n")
        : null;
}
