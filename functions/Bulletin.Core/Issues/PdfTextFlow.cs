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

    /// <summary>A paragraph of spans, broken into lines by <see cref="ChineseLineBreaker"/>, the first line indented or every line centred.</summary>
    public void Paragraph(IReadOnlyList<PdfSpan> spans, double firstLineIndent, bool centred = false, double lineHeight = LineHeight)
    {
        var text = string.Concat(spans.Select(s => s.Text));
        var owners = spans.SelectMany(s => Enumerable.Repeat(s, s.Text.Length)).ToArray();
        var widths = text.Select((c, i) => Width(c, owners[i].Font)).ToArray();
        foreach (var (start, length) in ChineseLineBreaker.Break(text, widths, TextWidth - firstLineIndent, TextWidth))
        {
            Room(lineHeight);
            var x = Left + (start == 0 ? firstLineIndent : 0);
            if (centred)
                x = Left + (TextWidth - widths.Skip(start).Take(length).Sum()) / 2;
            foreach (var piece in Pieces(text, owners, start, length))
            {
                Draw(piece, x, lineHeight);
                x += Measure(piece.Text, piece.Font);
            }
            _y += lineHeight;
        }
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

    private static IEnumerable<PdfSpan> Pieces(string text, PdfSpan[] owners, int start, int length)
    {
        var from = start;
        for (var i = start + 1; i <= start + length; i++)
            if (i == start + length || owners[i] != owners[from])
            {
                yield return owners[from] with { Text = text[from..i] };
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
