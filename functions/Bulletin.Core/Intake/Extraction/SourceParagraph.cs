namespace Bulletin.Intake.Extraction;

/// <summary>
/// One paragraph as a reader found it, with the formatting that marks a title: whole paragraph bold,
/// heading style, centred, or a bold lead (the first <see cref="BoldLeadLength"/> characters bold, the rest not).
/// </summary>
internal sealed record SourceParagraph(string Text, bool IsBold = false, bool IsHeading = false, bool IsCentred = false, int BoldLeadLength = 0)
{
    public static SourceParagraph Plain(string text) => new(text);
}
