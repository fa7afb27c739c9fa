using DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Issues;

/// <summary>Paragraph and run builders for the DOCX rendering; sizes in half-points, lengths in twips.</summary>
internal static class DocxParagraphs
{
    public const string Red = "C00000";
    public const int BodySize = 32; // 三号, 16 pt
    public const int TextWidth = 8844; // 156 mm, GB/T 9704

    public static Run Text(string text, string font, int size, bool bold = false, string? color = null) => new(
        new RunProperties
        {
            RunFonts = DocxFonts.Run(font),
            Bold = bold ? new Bold() : null,
            BoldComplexScript = bold ? new BoldComplexScript() : null,
            Color = color is null ? null : new Color { Val = color },
            FontSize = new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            FontSizeComplexScript = new FontSizeComplexScript { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        },
        new Text(text) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });

    public static Paragraph Paragraph(ParagraphProperties properties, params Run[] runs)
    {
        var paragraph = new Paragraph(properties);
        paragraph.Append(runs);
        return paragraph;
    }

    public static ParagraphProperties Centred(int before = 0, int after = 0) => new()
    {
        SpacingBetweenLines = new SpacingBetweenLines { Before = Twips(before), After = Twips(after) },
        Justification = new Justification { Val = JustificationValues.Center },
    };

    /// <summary>A body paragraph: first line indented two characters, 28-character lines justified.</summary>
    public static ParagraphProperties Body() => new()
    {
        SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0" },
        Indentation = new Indentation { FirstLineChars = 200, FirstLine = "640" },
        Justification = new Justification { Val = JustificationValues.Both },
    };

    public static BorderType Rule<T>(string color, uint eighthsOfPoint) where T : BorderType, new() =>
        new T { Val = BorderValues.Single, Size = eighthsOfPoint, Space = 1, Color = color };

    public static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
