namespace Bulletin.Intake.Extraction;

/// <summary>An article's title ("" when the source has none) and its body paragraphs, in order.</summary>
public sealed record ExtractedArticle(string Title, IReadOnlyList<string> Paragraphs)
{
    /// <summary>The pictures found with it (a .docx's inline pictures), as they came: not yet checked nor cleaned.</summary>
    public IReadOnlyList<ExtractedPhoto> Photos { get; init; } = [];
}

/// <summary>A picture as found: where from (a file name, for replies), its bytes, its caption ("" for none), and the text of
/// the paragraph it follows ("" before the first one, null at the article's end).</summary>
public sealed record ExtractedPhoto(string Source, byte[] Content, string Caption, string? AfterText);
