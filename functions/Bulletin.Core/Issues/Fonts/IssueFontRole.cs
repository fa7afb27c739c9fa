namespace Bulletin.Issues;

/// <summary>One of the PDF's four faces: its carried family, the blob an office uploads for it and the setting naming another.</summary>
public sealed record IssueFontRole(string Name, string CarriedFamily, string DefaultBlob, Func<IssueFontOptions, string?> Setting, Func<BulletinIssue, string> Text)
{
    public static IReadOnlyList<IssueFontRole> All { get; } =
    [
        new("body", IssueFontResolver.Body, "body.ttf", o => o.Body, BodyText),
        new("masthead", IssueFontResolver.Masthead, "masthead.ttf", o => o.Masthead, i => i.BulletinName + i.Series),
        new("leadTitle", IssueFontResolver.LeadTitle, "leadtitle.ttf", o => o.LeadTitle, i => string.Concat(i.Articles.Select(a => a.Title))),
        new("editorsNote", IssueFontResolver.EditorsNote, "kai.ttf", o => o.EditorsNote, EditorsNotes),
    ];

    /// <summary>Where the office's file for this face is looked for: an absolute path is a file, anything else a blob name.</summary>
    public string Source(IssueFontOptions options) => Setting(options) is { Length: > 0 } named ? named.Trim() : DefaultBlob;

    private static string EditorsNotes(BulletinIssue issue) =>
        string.Concat([.. new[] { issue.EditorsNote }.Concat(issue.Articles.Select(a => a.EditorsNote)).OfType<string>().Select(Markings.EditorsNote.Printed)]);

    // Everything but masthead and lead titles: number line, office, date, paragraphs, 版记 and page numbers.
    private static string BodyText(BulletinIssue issue) => string.Concat(
        [IssueText.NumberLine(issue), issue.Office, IssueText.Date(issue.Date), .. issue.Articles.SelectMany(a => a.PrintedParagraphs()),
         IssueText.SentUpToLine(issue), IssueText.IssuedToLine(issue), IssueText.EditorsLine(issue), "— 0123456789 —"]);
}
