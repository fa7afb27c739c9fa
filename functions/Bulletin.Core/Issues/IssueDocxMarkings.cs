using DocumentFormat.OpenXml.Wordprocessing;
using static Bulletin.Issues.DocxParagraphs;

namespace Bulletin.Issues;

/// <summary>The DOCX rendering's print markings (GB/T 9704-2012 7.2): 份号 in 三号 digits on the first line at the top left of
/// the text area, 密级★保密期限 (or 内部资料 注意保存) in 三号黑体 under it, 编者按 in 楷体, 共印N份 at the right of the 版记's
/// last line. Nothing is added for an issue without them.</summary>
internal static class IssueDocxMarkings
{
    public static IEnumerable<Paragraph> Top(BulletinIssue issue)
    {
        var lines = issue.Markings?.TopLines() ?? [];
        return lines.Select((line, i) => Paragraph(Flush(), Text(line, i == 0 && lines.Count > 1 ? DocxFonts.Body : DocxFonts.LeadTitle, BodySize)));
    }

    public static IEnumerable<Paragraph> Note(string? note) => note is null ? []
        : [Paragraph(DocxParagraphs.Body(), Text(Markings.EditorsNote.Printed(note), DocxFonts.EditorsNote, BodySize))];

    /// <summary>The 版记's last line with 共印N份 after a tab to the right edge, when a count is printed.</summary>
    public static Paragraph WithCopies(Paragraph line, BulletinIssue issue, int size)
    {
        if (issue.Markings?.CopiesText is not { } copies)
            return line;
        line.ParagraphProperties!.Tabs = new Tabs(new TabStop { Val = TabStopValues.Right, Position = TextWidth });
        var run = Text(copies, DocxFonts.Body, size);
        run.InsertAfter(new TabChar(), run.RunProperties);
        line.Append(run);
        return line;
    }

    private static ParagraphProperties Flush() => new()
    {
        SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0" },
        Justification = new Justification { Val = JustificationValues.Left },
    };
}
