namespace Bulletin.Issues;

/// <summary>An adopted submission as placed in an issue: where it came from and the text printed.</summary>
public sealed record AssembledArticle(string SubmissionId, string Title, IReadOnlyList<string> Paragraphs, string Unit)
{
    public IssueArticle ToIssueArticle() => new(Title, Paragraphs, Unit);
}
