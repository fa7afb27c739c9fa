namespace Bulletin.Issues;

/// <summary>A4 with the GB/T 9704-2012 text area (156 × 225 mm, 22 lines of 28 characters), in points.</summary>
internal static class PdfPageGeometry
{
    private const double PointsPerMillimetre = 72 / 25.4;
    public const double Width = 210 * PointsPerMillimetre;
    public const double Height = 297 * PointsPerMillimetre;
    public const double Left = 28 * PointsPerMillimetre;
    public const double Top = 37 * PointsPerMillimetre;
    public const double TextWidth = 156 * PointsPerMillimetre;
    public const double TextHeight = 225 * PointsPerMillimetre;
    public const double Bottom = Top + TextHeight;
    public const double LineHeight = TextHeight / 22;
    public const double BodySize = TextWidth / 28; // 28 characters a line: a little under 三号 (16 pt)
    public const double PageNumberBaseline = Bottom + 14 * PointsPerMillimetre;
}
