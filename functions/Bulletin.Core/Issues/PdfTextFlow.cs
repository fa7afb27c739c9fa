using PdfSharp.Drawing;
using PdfSharp.Pdf;
using static Bulletin.Issues.PdfPageGeometry;

namespace Bulletin.Issues;

/// <summary>Flows lines, paragraphs and rules down A4 pages, starting a new page when the text area is full.</summary>
internal sealed class PdfTextFlow(PdfDocument document) : IDisposable
{
    private readonly Dictionary<(char, XFont), double> _widths = [];
    private XGraphics? _graphics;
    private double _y;

    private XGraphics Graphics => _graphics ?? NewPage();

    /// <summary>One line of text, aligned left, centred or right, within a line box of the given height.</summary>
    public void Line(PdfSpan span, XStringAlignment alignment, double height)
    {
        Room(height);
        var width = Measure(span.Text, span.Font);
        var x = alignment switch
        {
            XStringAlignment.Center => Left + (TextWidth - width) / 2,
            XStringAlignment.Far => Left + TextWidth - width,
            _ => Left,
        };
        Draw(span, x, height);
        _y += height;
    }

    /// <summary>Office on the left and date on the right of one line.</summary>
    public void LeftAndRight(PdfSpan left, PdfSpan right, double height)
    {
        Room(height);
        Draw(left, Left, height);
        Draw(right, Left + TextWidth - Measure(right.Text, right.Font), height);
        _y += height;
    }

    /// <summary>A paragraph of spans, broken into lines by <see cref="ChineseLineBreaker"/>, the first line indented and every line
    /// but the last justified to both edges, or every line centred.</summary>
    public void Paragraph(IReadOnlyList<PdfSpan> spans, double firstLineIndent, bool centred = false, double lineHeight = LineHeight)
    {
        var text = string.Concat(spans.Select(s => s.Text));
        var owners = spans.SelectMany(s => Enumerable.Repeat(s, s.Text.Length)).ToArray();
        var widths = text.Select((c, i) => Width(c, owners[i].Font)).ToArray();
        var lines = ChineseLineBreaker.Break(text, widths, TextWidth - firstLineIndent, TextWidth);
        foreach (var (start, length) in lines)
        {
            Room(lineHeight);
            var indent = start == 0 ? firstLineIndent : 0;
            var natural = widths.Skip(start).Take(length).Sum();
            var last = start + length == text.Length;
            var offsets = PdfLineJustifier.Offsets(text, widths, start, length, last ? natural : TextWidth - indent);
            var x = centred ? Left + (TextWidth - natural) / 2 : Left + indent;
            foreach (var piece in Pieces(text, owners, widths, offsets, start))
                Draw(piece.Span, x + piece.Offset, lineHeight);
            _y += lineHeight;
        }
    }

    /// <summary>A centred headline broken at phrase boundaries (<see cref="HeadlineBreaker"/>), or like a paragraph when none fits.</summary>
    public void Headline(PdfSpan span, double lineHeight)
    {
        var widths = span.Text.Select(c => Width(c, span.Font)).ToArray();
        if (HeadlineBreaker.Break(span.Text, widths, TextWidth) is not { } lines)
        {
            Paragraph([span], 0, centred: true, lineHeight);
            return;
        }
        foreach (var (start, length) in lines)
        {
            var line = span with { Text = span.Text.Substring(start, length).TrimEnd() };
            Line(line, XStringAlignment.Center, lineHeight);
        }
    }

    /// <summary>How many lines a paragraph of one span takes.</summary>
    public int LineCount(PdfSpan span) =>
        ChineseLineBreaker.Break(span.Text, [.. span.Text.Select(c => Width(c, span.Font))], TextWidth, TextWidth).Count;

    /// <summary>Moves down so a block of the given height ends at the foot of the text area, on a new page if it does not fit.</summary>
    public void AtFoot(double height)
    {
        Room(height);
        _y = Bottom - height;
    }

    /// <summary>A horizontal rule across the text area, with space above and below.</summary>
    public void Rule(XPen pen, double above, double below)
    {
        Room(above + below);
        _y += above;
        Graphics.DrawLine(pen, Left, _y, Left + TextWidth, _y);
        _y += below;
    }

    public void Space(double height) => _y += height;

    public void Dispose() => _graphics?.Dispose();

    // Runs of one span whose characters sit at their natural distance, each drawn with one string.
    private static IEnumerable<(PdfSpan Span, double Offset)> Pieces(string text, PdfSpan[] owners, double[] widths, double[] offsets, int start)
    {
        var from = start;
        var end = start + offsets.Length;
        for (var i = start + 1; i <= end; i++)
            if (i == end || owners[i] != owners[from] || Math.Abs(offsets[i - start] - offsets[i - start - 1] - widths[i - 1]) > 0.001)
            {
                yield return (owners[from] with { Text = text[from..i] }, offsets[from - start]);
                from = i;
            }
    }

    private void Draw(PdfSpan span, double x, double height) =>
        Graphics.DrawString(span.Text, span.Font, span.Brush, x, _y + height / 2 + span.Font.Size * 0.36, XStringFormats.BaseLineLeft);

    private void Room(double height)
    {
        if (_graphics is null || _y + height > Bottom + 0.5)
            NewPage();
    }

    private XGraphics NewPage()
    {
        _graphics?.Dispose();
        var page = document.AddPage();
        page.Width = XUnit.FromPoint(PdfPageGeometry.Width);
        page.Height = XUnit.FromPoint(Height);
        _graphics = XGraphics.FromPdfPage(page);
        _y = Top;
        return _graphics;
    }

    private double Measure(string text, XFont font) => text.Sum(c => Width(c, font));

    private double Width(char c, XFont font)
    {
        if (char.IsLowSurrogate(c)) return 0;
        if (char.IsHighSurrogate(c)) return font.Size; // a supplementary ideograph: one em, measured as a pair it would need its partner
        if (!_widths.TryGetValue((c, font), out var width))
            _widths[(c, font)] = width = Graphics.MeasureString(c.ToString(), font).Width;
        return width;
    }
}
