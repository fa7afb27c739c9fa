namespace Bulletin.Issues;

/// <summary>An issue as the workflow keeps it: its number within <paramref name="Year"/> (China time), its state,
/// and everything printed, articles in the editor's order.</summary>
public sealed record AssembledIssue(
    int Year,
    int Number,
    int TotalNumber,
    IssueState State,
    string BulletinName,
    string Office,
    DateOnly Date,
    SeriesHeadline? Series,
    IReadOnlyList<AssembledArticle> Articles,
    string SentUpTo,
    string IssuedTo,
    IReadOnlyList<string> Editors)
{
    /// <summary>The model the renderers print.</summary>
    public BulletinIssue ToBulletinIssue() => new(
        BulletinName, Number, TotalNumber, Office, Date, Series, Articles.Select(a => a.ToIssueArticle()).ToList(), SentUpTo, IssuedTo, Editors);
}
