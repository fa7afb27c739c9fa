using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Intake.Extraction;

/// <summary>
/// The text and formatting of one .docx paragraph. Field codes (w:instrText, and anything between a field's
/// begin and separate marks) are skipped and only results kept; deleted text is skipped; a line break starts
/// a new paragraph. The field state carries over between paragraphs because a field may span them.
/// </summary>
internal sealed class DocxParagraphReader(DocxStyles styles)
{
    // One entry per open field: true once its separate mark has been passed (the result is showing).
    private readonly Stack<bool> fields = new();
    private int inCode;   // open fields still in their code part

    public IEnumerable<SourceParagraph> Read(Paragraph paragraph)
    {
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var heading = styles.IsHeading(styleId) || paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is < 9;
        var centred = paragraph.ParagraphProperties?.Justification?.Val?.Value is { } j
            ? j == JustificationValues.Center
            : styles.IsCentred(styleId);
        var paragraphBold = styles.Bold(styleId) ?? false;
        var lines = new List<List<(string Text, bool Bold)>> { new() };
        foreach (var run in Runs(paragraph))
        {
            var bold = run.RunProperties?.Bold is { } b ? b.Val?.Value ?? true
                : styles.Bold(run.RunProperties?.RunStyle?.Val?.Value) ?? paragraphBold;
            foreach (var child in run.ChildElements)
                Read(child, bold, lines);
        }
        return lines.Select(l => ToParagraph(l, heading, centred));
    }

    private void Read(OpenXmlElement child, bool bold, List<List<(string Text, bool Bold)>> lines)
    {
        switch (child)
        {
            case FieldChar { FieldCharType.Value: var type }:
                if (type == FieldCharValues.Begin) { fields.Push(false); inCode++; }
                else if (type == FieldCharValues.Separate && fields.Count > 0 && !fields.Peek()) { fields.Pop(); fields.Push(true); inCode--; }
                else if (type == FieldCharValues.End && fields.Count > 0 && !fields.Pop()) inCode--;
                break;
            case Text t when inCode == 0:
                lines[^1].Add((t.Text, bold));
                break;
            case TabChar when inCode == 0:
                lines[^1].Add((" ", bold));
                break;
            case NoBreakHyphen:
                lines[^1].Add(("-", bold));
                break;
            case Break or CarriageReturn:
                lines.Add([]);
                break;
        }
    }

    // Runs of the paragraph itself (inside hyperlinks, simple fields, insertions, content controls), not of text boxes in drawings.
    private static IEnumerable<Run> Runs(OpenXmlElement element)
    {
        foreach (var child in element.ChildElements)
        {
            if (child is Run run)
                yield return run;
            else if (child is not (Paragraph or DeletedRun or MoveFromRun or ParagraphProperties))
                foreach (var inner in Runs(child))
                    yield return inner;
        }
    }

    private static SourceParagraph ToParagraph(List<(string Text, bool Bold)> runs, bool heading, bool centred)
    {
        var text = new StringBuilder();
        var lead = 0;
        var leadOpen = true;
        foreach (var (t, bold) in runs)
        {
            if (leadOpen && !bold && t.Trim().Length > 0)
                leadOpen = false;
            text.Append(t);
            if (leadOpen)
                lead = text.Length;
        }
        var allBold = runs.Where(r => r.Text.Trim().Length > 0).ToList() is { Count: > 0 } visible && visible.All(r => r.Bold);
        return new SourceParagraph(text.ToString(), allBold, heading, centred, allBold ? 0 : lead);
    }
}
