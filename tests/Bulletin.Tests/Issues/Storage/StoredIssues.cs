using Bulletin.Issues;

namespace Bulletin.Tests.Issues.Storage;

/// <summary>The seed issue as the workflow keeps it, under a year and number each test chooses so tests never meet.</summary>
internal static class StoredIssues
{
    public static AssembledIssue Seed(int year, int number, IssueState state = IssueState.Draft)
    {
        var seed = SeedIssue.Model();
        var articles = seed.Articles.Select((a, i) => new AssembledArticle($"SJ-{year}-{i + 1:D4}", a.Title, a.Paragraphs, a.Unit)).ToList();
        return new AssembledIssue(year, number, 100 + number, state, seed.BulletinName, seed.Office, seed.Date, seed.Series,
            articles, seed.SentUpTo, seed.IssuedTo, seed.Editors);
    }
}
