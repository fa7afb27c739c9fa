namespace Bulletin.Intake.Extraction;

/// <summary>An article's title ("" when the source has none) and its body paragraphs, in order.</summary>
public sealed record ExtractedArticle(string Title, IReadOnlyList<string> Paragraphs);
