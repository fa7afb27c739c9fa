namespace Bulletin.Issues.Archive;

/// <summary>What a reader looks for in the archive: words in an article title or unit, and a year; empty finds everything.</summary>
public sealed record ArchiveSearch(string? Text, int? Year)
{
    public static readonly ArchiveSearch Everything = new(null, null);

    /// <summary>The words typed, split on spaces (all must be found, each in a title or a unit of the issue).</summary>
    public IReadOnlyList<string> Words => (Text ?? "").Split([' ', '\u3000', '\t'], StringSplitOptions.RemoveEmptyEntries);

    public bool Matches(AssembledIssue issue) =>
        (Year is not { } year || issue.Year == year) &&
        Words.All(word => issue.Articles.Any(a => Contains(a.Title, word) || Contains(a.Unit, word)));

    private static bool Contains(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);
}
