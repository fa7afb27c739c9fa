using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Bulletin.Intake.Extraction;

/// <summary>What a .docx's styles say about bold, headings and centring, following each style's basedOn chain.</summary>
internal sealed class DocxStyles(Styles? styles)
{
    private readonly Dictionary<string, Style> byId = styles?.Elements<Style>()
        .Where(s => s.StyleId?.Value is not null)
        .GroupBy(s => s.StyleId!.Value!)
        .ToDictionary(g => g.Key, g => g.First()) ?? [];

    public static DocxStyles Of(MainDocumentPart main) => new(main.StyleDefinitionsPart?.Styles);

    public bool? Bold(string? styleId) => Find(styleId, s => s.StyleRunProperties?.Bold is { } b ? b.Val?.Value ?? true : null);

    public bool IsHeading(string? styleId) => Find(styleId, s =>
        IsHeadingName(s.StyleId?.Value) || IsHeadingName(s.StyleName?.Val?.Value)
            || s.StyleParagraphProperties?.OutlineLevel?.Val?.Value is < 9 ? true : (bool?)null) ?? false;

    public bool IsCentred(string? styleId) => Find(styleId, s =>
        s.StyleParagraphProperties?.Justification?.Val?.Value is { } j ? j == JustificationValues.Center : null) ?? false;

    /// <summary>Word's Caption style (题注 in Chinese Word and WPS), by id or name.</summary>
    public bool IsCaption(string? styleId) => Find(styleId, s =>
        IsCaptionName(s.StyleId?.Value) || IsCaptionName(s.StyleName?.Val?.Value) ? true : (bool?)null) ?? false;

    private static bool IsCaptionName(string? name) =>
        name is not null && (name.Equals("Caption", StringComparison.OrdinalIgnoreCase) || name.StartsWith("题注", StringComparison.Ordinal));

    private static bool IsHeadingName(string? name) =>
        name is not null && (name.StartsWith("heading", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("标题", StringComparison.Ordinal) || name.Equals("Title", StringComparison.OrdinalIgnoreCase));

    private bool? Find(string? styleId, Func<Style, bool?> read)
    {
        // The depth limit guards against a basedOn cycle in a hostile file.
        for (var depth = 0; styleId is not null && depth < 20 && byId.TryGetValue(styleId, out var style); depth++)
        {
            if (read(style) is { } value)
                return value;
            styleId = style.BasedOn?.Val?.Value;
        }
        return null;
    }
}
