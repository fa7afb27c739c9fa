using System.Globalization;
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
    private double _spacing; // the character spacing (Tc) last set on the current page

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
                Draw(piece.Span, x + piece.Offset, lineHeight, piece.Spacing);
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

    /// <summary>A picture centred in the text area, <paramref name="width"/> × <paramref name="height"/> as shown, turned and mirrored
    /// as its EXIF <paramref name="orientation"/> says; on a new page unless it and <paramref name="keepBelow"/> (its caption) fit.</summary>
    public void Picture(XImage image, double width, double height, int orientation, double above, double keepBelow)
    {
        Room(above + height + keepBelow);
        _y += above;
        var (angle, mirrored) = PhotoLayout.Turn(orientation);
        var (drawnWidth, drawnHeight) = angle % 180 == 0 ? (width, height) : (height, width);
        var state = Graphics.Save();
        Graphics.TranslateTransform(Left + TextWidth / 2, _y + height / 2);
        Graphics.RotateTransform(angle);
        Graphics.ScaleTransform(mirrored ? -1 : 1, 1);
        Graphics.DrawImage(image, -drawnWidth / 2, -drawnHeight / 2, drawnWidth, drawnHeight);
        Graphics.Restore(state);
        _y += height;
    }

    public void Dispose() => _graphics?.Dispose();

    // Runs of one span whose characters are each followed by the same gap, drawn as one string with that gap as character
    // spacing (PDF's Tc), so a justified line takes a few strings, not one per character. A line's last character is
    // followed by no gap, so what poppler measures ends on the edge; a squeezed mark ends its run and overlaps the next as before
    // (a negative Tc changes how poppler groups the text); a surrogate pair stands alone (PDFsharp draws it as one glyph).
    private static IEnumerable<(PdfSpan Span, double Offset, double Spacing)> Pieces(string text, PdfSpan[] owners, double[] widths, double[] offsets, int start)
    {
        var end = start + offsets.Length;
        double Gap(int i) => i + 1 == end || char.IsSurrogate(text[i]) ? 0 : offsets[i + 1 - start] - offsets[i - start] - widths[i];
        double Spacing(int i) => Math.Max(Gap(i), 0);
        var from = start;
        for (var i = start + 1; i <= end; i++)
            if (i == end || owners[i] != owners[from] || char.IsHighSurrogate(text[i]) || char.IsLowSurrogate(text[i - 1])
                || Gap(i - 1) < -0.0005 || Math.Abs(Spacing(i) - Spacing(from)) > 0.0005)
            {
                yield return (owners[from] with { Text = text[from..i] }, offsets[from - start], Spacing(from));
                from = i;
            }
    }

    private void Draw(PdfSpan span, double x, double height, double spacing = 0)
    {
        if (Math.Abs(spacing - _spacing) > 0.00005)
        {
            // PDFsharp has no character spacing of its own; Tc is a text state operator, valid inside and outside BT…ET.
            var content = Graphics.Internals.ContentStringBuilder ?? throw new InvalidOperationException("The flow draws on PDF pages only.");
            content.Append(CultureInfo.InvariantCulture, $"{spacing:0.####} Tc\n");
            _spacing = spacing;
        }
        Graphics.DrawString(span.Text, span.Font, span.Brush, x, _y + height / 2 + span.Font.Size * 0.36, XStringFormats.BaseLineLeft);
    }

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
        _spacing = 0;
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
