using PdfSharp.Drawing;

namespace Bulletin.Issues;

/// <summary>A run of text in one font and colour, the unit a PDF paragraph is made of.</summary>
internal sealed record PdfSpan(string Text, XFont Font, XBrush Brush);
