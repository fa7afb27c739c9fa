using PdfSharp.Drawing;
using static Bulletin.Issues.PdfPageGeometry;

namespace Bulletin.Issues;

/// <summary>The PDF rendering's print markings (GB/T 9704-2012 7.2): 份号 flush left on the text area's first line, 密级★保密期限
/// (or 内部资料 注意保存) in 黑体 on the next, above the masthead; 编者按 in 楷体; 共印N份 at the right of the 版记's last line.
/// Nothing is drawn for an issue without them.</summary>
internal static class IssuePdfMarkings
{
    public static void Top(PdfTextFlow flow, BulletinIssue issue, IssueFaces faces, XFont body)
    {
        var lines = issue.Markings?.TopLines() ?? [];
        var heading = IssuePdfRenderer.Font(faces.LeadTitle, BodySize);
        for (var i = 0; i < lines.Count; i++)
            flow.Line(new(lines[i], i == 0 && lines.Count > 1 ? body : heading, XBrushes.Black), XStringAlignment.Near, LineHeight);
    }

    public static void Note(PdfTextFlow flow, string? note, IssueFaces faces)
    {
        if (note is not null)
            flow.Paragraph([new(Markings.EditorsNote.Printed(note), IssuePdfRenderer.Font(faces.EditorsNote, BodySize), XBrushes.Black)], 2 * BodySize);
    }

    /// <summary>Draws the 版记's last line with 共印N份 at its right and says so; false (nothing drawn) when no count is printed.</summary>
    public static bool TryLastFooterLine(PdfTextFlow flow, BulletinIssue issue, PdfSpan line, double lineHeight)
    {
        if (issue.Markings?.CopiesText is not { } copies)
            return false;
        flow.LeftAndRight(line, line with { Text = copies }, lineHeight);
        return true;
    }
}
