using System.Globalization;
using Bulletin.Functions.Issues.Markings;
using Bulletin.Issues;
using Microsoft.AspNetCore.Http;

namespace Bulletin.Functions.Issues;

/// <summary>The fields of 修改草稿: the fields of <see cref="IssueForm"/>, the 责任编辑 and the ETag of the draft the form was made from.</summary>
internal sealed record IssueEditForm(IssueForm Fields, string ETag)
{
    public string Editors => Fields.Editors;

    /// <summary>The print markings, the 编者按 before the first article and before each article (by submission) as typed.</summary>
    public MarkingsFields Markings { get; init; } = MarkingsFields.Empty;
    public string EditorsNote { get; init; } = "";
    public IReadOnlyDictionary<string, string> ArticleNotes { get; init; } = new Dictionary<string, string>();

    public static IssueEditForm Of(AssembledIssue issue, string etag) => new(
        new IssueForm(issue.Articles.Select(a => a.SubmissionId).ToList(), issue.Series?.Text ?? "", issue.Series?.Part ?? 1, issue.SentUpTo, issue.IssuedTo, issue.Date,
            string.Join(' ', issue.Editors)), etag)
    {
        Markings = MarkingsFields.Of(issue.Markings), EditorsNote = issue.EditorsNote ?? "",
        ArticleNotes = issue.Articles.ToDictionary(a => a.SubmissionId, a => a.EditorsNote ?? ""),
    };

    public static IssueEditForm Read(IFormCollection posted, DateOnly fallbackDate)
    {
        var fields = IssueForm.Read(posted, fallbackDate);
        return new(fields, posted["etag"].ToString())
        {
            Markings = MarkingsFields.Read(posted), EditorsNote = posted["editorsNote"].ToString(),
            ArticleNotes = fields.Chosen.ToDictionary(id => id, id => posted[$"note-{id}"].ToString()),
        };
    }

    public IssueEdit ToEdit() => new(Fields.Chosen, Fields.Date, Fields.Series.Length == 0 ? null : new SeriesHeadline(Fields.Series, Fields.Part ?? 1),
        Fields.SentTo, Fields.IssuedTo, IssueForm.Names(Editors), ETag)
    {
        Markings = Markings.ToChange(), EditorsNote = EditorsNote, ArticleNotes = ArticleNotes,
    };

    public string DateValue => Fields.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
